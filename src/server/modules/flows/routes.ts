// Flows API: national returns (form, file, JSON from national systems), the regional picture on reciprocity, data quality.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import type { ModuleRoutes } from '../module.js';
import { csvTemplate, xlsxTemplate } from './bulk.js';
import {
  aggregatesQuery,
  aggregatesResponse,
  emergingQuery,
  emergingResponse,
  feesQuery,
  feesResponse,
  monthText,
  outlierConfirmBody,
  outlierSchema,
  periodText,
  policySchema,
  qualityResponse,
  rangeQuery,
  rateBody,
  rateSchema,
  submissionBody,
  submissionResult,
  submissionSummary,
  summaryQuery,
  summaryResponse,
  uploadBody,
  victimsResponse,
} from './schemas.js';

export const flowsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['flows']);
    const contribute = { permission: Permission.FlowsContribute };
    const aggregates = { permission: Permission.FlowsAggregates };
    const manage = { permission: Permission.FlowsManage };
    const flows = services.flows;

    api.post(
      '/api/flows/submissions',
      {
        access: contribute,
        summary: "Add lines to the state's return for a period (a draft), or add and submit it (submit: true)",
        body: submissionBody,
        response: submissionResult,
      },
      ({ actor, body: { period, submit, ...lines } }) => flows.contribute(actor, { period, submit, lines }),
    );

    api.get(
      '/api/flows/submissions',
      { access: contribute, summary: "The state's own returns, drafts and submitted", response: z.object({ submissions: z.array(submissionSummary) }) },
      async ({ actor }) => ({ submissions: await flows.submissionsOf(actor) }),
    );

    api.post(
      '/api/flows/submissions/:period/submit',
      {
        access: contribute,
        summary: "Submit the national desk's draft for a period (focal point or officer); the period closes",
        params: z.strictObject({ period: periodText }),
        body: z.strictObject({}),
        response: submissionResult,
      },
      ({ actor, params }) => flows.submit(actor, params.period),
    );

    api.post(
      '/api/flows/uploads',
      {
        access: contribute,
        summary: 'Upload a CSV or XLSX return (base64); every line is validated and reported by number, nothing is half-imported',
        body: uploadBody,
        response: submissionResult,
      },
      ({ actor, body }) => flows.upload(actor, body),
    );

    api.get(
      '/api/flows/templates/:file',
      {
        access: contribute,
        summary: 'The return template, as CSV or XLSX',
        params: z.strictObject({ file: z.enum(['flows-return-template.csv', 'flows-return-template.xlsx']) }),
      },
      async ({ params, reply }) => {
        reply.header('content-disposition', `attachment; filename="${params.file}"`);
        if (params.file.endsWith('.xlsx')) return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await xlsxTemplate());
        return reply.type('text/csv; charset=utf-8').send(csvTemplate());
      },
    );

    api.get(
      '/api/flows/aggregates',
      {
        access: aggregates,
        summary:
          "Regional aggregates by route, means or nationality (cells under the minimum withheld); other states' contributions only for months the caller's state submitted",
        query: aggregatesQuery,
        response: aggregatesResponse,
      },
      async ({ actor, query, req }) => localised(await flows.analysis.aggregates(actor, query), langOf(req)),
    );

    api.get(
      '/api/flows/fees',
      { access: aggregates, summary: 'Fee distribution (USD) per route and its median per quarter', query: feesQuery, response: feesResponse },
      ({ actor, query }) => flows.analysis.fees(actor, query),
    );

    api.get(
      '/api/flows/victims',
      {
        access: aggregates,
        summary:
          'Victims of trafficking identified, referred and returned, by nationality and month (from the referral and return cases; cells under the minimum withheld)',
        query: rangeQuery,
        response: victimsResponse,
      },
      ({ actor, query }) => flows.analysis.victims(actor, query),
    );

    api.get(
      '/api/flows/emerging',
      { access: aggregates, summary: 'Routes whose incidents grew most against the previous months', query: emergingQuery, response: emergingResponse },
      ({ actor, query }) => flows.analysis.emerging(actor, query),
    );

    api.get(
      '/api/flows/summary',
      { access: aggregates, summary: 'A briefing summary of a quarter, in sentences', query: summaryQuery, response: summaryResponse },
      async ({ actor, query, req }) => localised(await flows.analysis.summary(actor, query.quarter), langOf(req)),
    );

    api.get(
      '/api/flows/quality',
      { access: aggregates, summary: 'Completeness and late returns per state and month', query: rangeQuery, response: qualityResponse },
      ({ query }) => flows.quality.completeness(query.from, query.to),
    );

    api.get(
      '/api/flows/outliers',
      {
        access: contribute,
        summary: "Values of the state's own returns flagged as unusual, to confirm",
        response: z.object({ outliers: z.array(outlierSchema) }),
      },
      async ({ actor, req }) => ({ outliers: localised(await flows.outliers(actor), langOf(req)) }),
    );

    api.post(
      '/api/flows/outliers/:id/confirm',
      {
        access: contribute,
        summary: 'Confirm a flagged value is right, saying why',
        params: z.strictObject({ id: z.uuid() }),
        body: outlierConfirmBody,
        response: z.object({ ok: z.boolean() }),
      },
      ({ actor, params, body }) => flows.confirmOutlier(actor, params.id, body.note),
    );

    api.get(
      '/api/flows/rates',
      {
        access: aggregates,
        summary: 'Exchange rates to USD per currency and month',
        query: z.strictObject({ month: monthText.optional() }),
        response: z.object({ rates: z.array(rateSchema) }),
      },
      async ({ query }) => ({ rates: await flows.rates(query.month) }),
    );

    api.put(
      '/api/flows/rates',
      { access: manage, summary: 'Set the rate of a currency for a month (RSO administrator)', body: rateBody, response: rateSchema },
      ({ actor, body }) => flows.setRate(actor, body),
    );

    api.get(
      '/api/flows/policy',
      { access: aggregates, summary: 'The sharing settings: minimum cell size and reciprocity window', response: policySchema },
      () => flows.policy(),
    );

    api.put(
      '/api/flows/policy',
      { access: manage, summary: 'Change the sharing settings (RSO administrator)', body: policySchema, response: policySchema },
      ({ actor, body }) => flows.setPolicy(actor, body),
    );
  },
};
