// Flows API: national returns (form, file, JSON from national systems), the regional picture on reciprocity, data quality.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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

const contribute = { access: { permission: Permission.FlowsContribute } } as const;
const aggregates = { access: { permission: Permission.FlowsAggregates } } as const;
const manage = { access: { permission: Permission.FlowsManage } } as const;

export const flowsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['flows'];
    const flows = services.flows;

    app.post(
      '/api/flows/submissions',
      {
        config: contribute,
        schema: {
          tags,
          summary: "Add lines to the state's return for a period (a draft), or add and submit it (submit: true)",
          body: submissionBody,
          response: { 200: submissionResult },
        },
      },
      async (req) => {
        const { period, submit, ...lines } = req.body;
        return flows.contribute(actorOf(req), { period, submit, lines });
      },
    );

    app.get(
      '/api/flows/submissions',
      {
        config: contribute,
        schema: { tags, summary: "The state's own returns, drafts and submitted", response: { 200: z.object({ submissions: z.array(submissionSummary) }) } },
      },
      async (req) => ({ submissions: await flows.submissionsOf(actorOf(req)) }),
    );

    app.post(
      '/api/flows/submissions/:period/submit',
      {
        config: contribute,
        schema: {
          tags,
          summary: "Submit the national desk's draft for a period (focal point or officer); the period closes",
          params: z.strictObject({ period: periodText }),
          body: z.strictObject({}),
          response: { 200: submissionResult },
        },
      },
      async (req) => flows.submit(actorOf(req), req.params.period),
    );

    app.post(
      '/api/flows/uploads',
      {
        config: contribute,
        schema: {
          tags,
          summary: 'Upload a CSV or XLSX return (base64); every line is validated and reported by number, nothing is half-imported',
          body: uploadBody,
          response: { 200: submissionResult },
        },
      },
      async (req) => flows.upload(actorOf(req), req.body),
    );

    app.get(
      '/api/flows/templates/:file',
      {
        config: contribute,
        schema: {
          tags,
          summary: 'The return template, as CSV or XLSX',
          params: z.strictObject({ file: z.enum(['flows-return-template.csv', 'flows-return-template.xlsx']) }),
        },
      },
      async (req, reply) => {
        const xlsx = req.params.file.endsWith('.xlsx');
        reply.header('content-disposition', `attachment; filename="${req.params.file}"`);
        if (xlsx) return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await xlsxTemplate());
        return reply.type('text/csv; charset=utf-8').send(csvTemplate());
      },
    );

    app.get(
      '/api/flows/aggregates',
      {
        config: aggregates,
        schema: {
          tags,
          summary:
            "Regional aggregates by route, means or nationality (cells under the minimum withheld); other states' contributions only for months the caller's state submitted",
          querystring: aggregatesQuery,
          response: { 200: aggregatesResponse },
        },
      },
      async (req) => localised(await flows.analysis.aggregates(actorOf(req), req.query), langOf(req)),
    );

    app.get(
      '/api/flows/fees',
      {
        config: aggregates,
        schema: { tags, summary: 'Fee distribution (USD) per route and its median per quarter', querystring: feesQuery, response: { 200: feesResponse } },
      },
      async (req) => flows.analysis.fees(actorOf(req), req.query),
    );

    app.get(
      '/api/flows/victims',
      {
        config: aggregates,
        schema: {
          tags,
          summary:
            'Victims of trafficking identified, referred and returned, by nationality and month (from the referral and return cases; cells under the minimum withheld)',
          querystring: rangeQuery,
          response: { 200: victimsResponse },
        },
      },
      async (req) => flows.analysis.victims(actorOf(req), req.query),
    );

    app.get(
      '/api/flows/emerging',
      {
        config: aggregates,
        schema: {
          tags,
          summary: 'Routes whose incidents grew most against the previous months',
          querystring: emergingQuery,
          response: { 200: emergingResponse },
        },
      },
      async (req) => flows.analysis.emerging(actorOf(req), req.query),
    );

    app.get(
      '/api/flows/summary',
      {
        config: aggregates,
        schema: { tags, summary: 'A briefing summary of a quarter, in sentences', querystring: summaryQuery, response: { 200: summaryResponse } },
      },
      async (req) => localised(await flows.analysis.summary(actorOf(req), req.query.quarter), langOf(req)),
    );

    app.get(
      '/api/flows/quality',
      {
        config: aggregates,
        schema: { tags, summary: 'Completeness and late returns per state and month', querystring: rangeQuery, response: { 200: qualityResponse } },
      },
      async (req) => flows.quality.completeness(req.query.from, req.query.to),
    );

    app.get(
      '/api/flows/outliers',
      {
        config: contribute,
        schema: {
          tags,
          summary: "Values of the state's own returns flagged as unusual, to confirm",
          response: { 200: z.object({ outliers: z.array(outlierSchema) }) },
        },
      },
      async (req) => ({ outliers: localised(await flows.outliers(actorOf(req)), langOf(req)) }),
    );

    app.post(
      '/api/flows/outliers/:id/confirm',
      {
        config: contribute,
        schema: {
          tags,
          summary: 'Confirm a flagged value is right, saying why',
          params: z.strictObject({ id: z.uuid() }),
          body: outlierConfirmBody,
          response: { 200: z.object({ ok: z.boolean() }) },
        },
      },
      async (req) => flows.confirmOutlier(actorOf(req), req.params.id, req.body.note),
    );

    app.get(
      '/api/flows/rates',
      {
        config: aggregates,
        schema: {
          tags,
          summary: 'Exchange rates to USD per currency and month',
          querystring: z.strictObject({ month: monthText.optional() }),
          response: { 200: z.object({ rates: z.array(rateSchema) }) },
        },
      },
      async (req) => ({ rates: await flows.rates(req.query.month) }),
    );

    app.put(
      '/api/flows/rates',
      {
        config: manage,
        schema: { tags, summary: 'Set the rate of a currency for a month (RSO administrator)', body: rateBody, response: { 200: rateSchema } },
      },
      async (req) => flows.setRate(actorOf(req), req.body),
    );

    app.get(
      '/api/flows/policy',
      {
        config: aggregates,
        schema: { tags, summary: 'The sharing settings: minimum cell size and reciprocity window', response: { 200: policySchema } },
      },
      async () => flows.policy(),
    );

    app.put(
      '/api/flows/policy',
      {
        config: manage,
        schema: { tags, summary: 'Change the sharing settings (RSO administrator)', body: policySchema, response: { 200: policySchema } },
      },
      async (req) => flows.setPolicy(actorOf(req), req.body),
    );
  },
};
