// Legislation benchmarking API: HTTP only (shapes in, service call, shapes out).

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import type { ModuleRoutes } from '../module.js';
import {
  compareQuery,
  compareResponse,
  cooperationInstrumentBody,
  cooperationInstrumentSchema,
  cooperationInstrumentsQuery,
  cooperationQuery,
  cooperationResponse,
  coverageQuery,
  coverageResponse,
  exportParams,
  exportQuery,
  matrixQuery,
  matrixResponse,
  trendQuery,
  trendResponse,
} from './coverage-schemas.js';
import {
  assessmentBody,
  assessmentDetailResponse,
  assessmentRevisionBody,
  assessmentSchema,
  assessmentsQuery,
  assessmentsResponse,
  catalogueBody,
  idParams,
  instrumentBody,
  instrumentSchema,
  instrumentsQuery,
  instrumentsResponse,
  instrumentUpdateBody,
  iso3,
  provisionBody,
  provisionSchema,
  returnBody,
  standardsQuery,
  standardsResponse,
  stateAssessmentsQuery,
  stateLegislationResponse,
} from './schemas.js';
import { registerTreatyRoutes } from './treaty-routes.js';

export const legislationRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['legislation']);
    const read = { permission: Permission.LegislationRead };
    const instrumentsWrite = { permission: Permission.LegislationInstrumentsWrite };
    const draft = { permission: Permission.LegislationAssessmentsDraft };
    const validate = { permission: Permission.LegislationAssessmentsValidate };
    const { catalogue, assessments, coverage, cooperation, exports } = services.legislation;
    registerTreatyRoutes(app, services.legislation);

    api.get(
      '/api/legislation/standards',
      { access: read, summary: 'The standards catalogue (latest version unless ?version=)', query: standardsQuery, response: standardsResponse },
      ({ query }) => catalogue.catalogue(query.version),
    );

    api.post(
      '/api/legislation/catalogues',
      {
        access: { permission: Permission.LegislationCatalogueManage },
        summary: 'Publish a new catalogue version (earlier assessments keep answering for the same standard ids)',
        body: catalogueBody,
        response: z.object({ version: z.number() }),
        status: 201,
      },
      ({ actor, body }) => catalogue.publishCatalogue(actor, body),
    );

    api.get(
      '/api/legislation/instruments',
      { access: read, summary: 'A state’s acts, amendments and bills with their provisions', query: instrumentsQuery, response: instrumentsResponse },
      ({ actor, query }) => catalogue.instruments(actor, query.state),
    );

    api.post(
      '/api/legislation/instruments',
      { access: instrumentsWrite, summary: 'Record an act, amendment or bill of your state', body: instrumentBody, response: instrumentSchema, status: 201 },
      ({ actor, body }) => catalogue.createInstrument(actor, body),
    );

    api.patch(
      '/api/legislation/instruments/:id',
      {
        access: instrumentsWrite,
        summary: 'Correct an instrument of your state (status, dates, citation...)',
        params: idParams,
        body: instrumentUpdateBody,
        response: instrumentSchema,
      },
      ({ actor, params, body }) => catalogue.updateInstrument(actor, params.id, body),
    );

    api.post(
      '/api/legislation/instruments/:id/confirm',
      {
        access: { permission: Permission.LegislationInstrumentsConfirm },
        summary: 'Confirm a law of the reference file (laws.csv) for your state: it stops reading “reference, to be confirmed”',
        params: idParams,
        response: instrumentSchema,
      },
      ({ actor, params }) => catalogue.confirmInstrument(actor, params.id),
    );

    api.post(
      '/api/legislation/instruments/:id/provisions',
      {
        access: instrumentsWrite,
        summary: 'Add a provision and the standards it implements',
        params: idParams,
        body: provisionBody,
        response: provisionSchema,
        status: 201,
      },
      ({ actor, params, body }) => catalogue.addProvision(actor, params.id, body),
    );

    api.get(
      '/api/legislation/states/:state',
      {
        access: read,
        summary: 'A state’s assessments in force on a date, and those still in the workflow that you may see',
        params: z.strictObject({ state: iso3 }),
        query: stateAssessmentsQuery,
        response: stateLegislationResponse,
      },
      ({ actor, params, query }) => assessments.stateLegislation(actor, params.state, coverage.checkAsOf(query.asOf), query.version),
    );

    api.get(
      '/api/legislation/assessments',
      {
        access: read,
        summary: 'Assessments (newest version of each); drafts only of your state, or all for coordinators',
        query: assessmentsQuery,
        response: assessmentsResponse,
      },
      ({ actor, query }) => assessments.list(actor, query),
    );

    api.post(
      '/api/legislation/assessments',
      { access: draft, summary: 'Draft an assessment of your state against a standard', body: assessmentBody, response: assessmentSchema, status: 201 },
      ({ actor, body }) => assessments.draft(actor, body),
    );

    api.get(
      '/api/legislation/assessments/:id',
      { access: read, summary: 'An assessment with every version', params: idParams, response: assessmentDetailResponse },
      ({ actor, params }) => assessments.detail(actor, params.id),
    );

    api.patch(
      '/api/legislation/assessments/:id',
      {
        access: draft,
        summary: 'Revise a draft or returned assessment (a new version)',
        params: idParams,
        body: assessmentRevisionBody,
        response: assessmentSchema,
      },
      ({ actor, params, body }) => assessments.revise(actor, params.id, body),
    );

    api.post(
      '/api/legislation/assessments/:id/submit',
      {
        access: { permission: Permission.LegislationAssessmentsSubmit },
        summary: 'Submit for validation (the state’s focal point)',
        params: idParams,
        response: assessmentSchema,
      },
      ({ actor, params }) => assessments.submit(actor, params.id),
    );

    api.post(
      '/api/legislation/assessments/:id/validate',
      { access: validate, summary: 'Validate (a coordinator of another state)', params: idParams, response: assessmentSchema },
      ({ actor, params }) => assessments.validate(actor, params.id),
    );

    api.post(
      '/api/legislation/assessments/:id/return',
      {
        access: validate,
        summary: 'Return to the state with a reason (a coordinator of another state)',
        params: idParams,
        body: returnBody,
        response: assessmentSchema,
      },
      ({ actor, params, body }) => assessments.returnToState(actor, params.id, body.reason),
    );

    api.get(
      '/api/legislation/coverage',
      {
        access: read,
        summary: 'Per standard, states in each status on a date, and the headline indicators',
        query: coverageQuery,
        response: coverageResponse,
      },
      async ({ query, req }) => localised(await coverage.coverage(query.asOf, query.version), langOf(req)),
    );

    api.get(
      '/api/legislation/coverage/trend',
      { access: read, summary: 'Indicator and standard counts at evenly spaced dates', query: trendQuery, response: trendResponse },
      ({ query }) => coverage.trend(query.from, query.to, query.points, query.version),
    );

    api.get(
      '/api/legislation/compare',
      {
        access: read,
        summary: 'Side-by-side matrix; with route=true, the loopholes along the route and its weakest link',
        query: compareQuery,
        response: compareResponse,
      },
      ({ query }) => coverage.compare(query.states, query.asOf, query.route === 'true', query.version),
    );

    api.get(
      '/api/legislation/cooperation',
      {
        access: read,
        summary: 'Can `from` obtain extradition or mutual legal assistance from `to` for this conduct?',
        query: cooperationQuery,
        response: cooperationResponse,
      },
      async ({ actor, query, req }) => localised(await cooperation.pair(actor, query.from, query.to, query.conduct, query.asOf), langOf(req)),
    );

    api.get(
      '/api/legislation/cooperation/matrix',
      { access: read, summary: 'Extradition and MLA readiness for every ordered pair of member states', query: matrixQuery, response: matrixResponse },
      ({ query }) => cooperation.matrix(query.conduct, query.asOf),
    );

    api.get(
      '/api/legislation/cooperation/instruments',
      {
        access: read,
        summary: 'Recorded bilateral extradition and MLA treaties and arrangements',
        query: cooperationInstrumentsQuery,
        response: z.object({ instruments: z.array(cooperationInstrumentSchema) }),
      },
      ({ query }) => catalogue.cooperationInstruments(query.state),
    );

    api.post(
      '/api/legislation/cooperation/instruments',
      {
        access: { permission: Permission.LegislationCooperationWrite },
        summary: 'Record an extradition or MLA treaty or arrangement your state is party to',
        body: cooperationInstrumentBody,
        response: cooperationInstrumentSchema,
        status: 201,
      },
      ({ actor, body }) => catalogue.recordCooperationInstrument(actor, body),
    );

    api.get(
      '/api/legislation/exports/:file',
      {
        access: read,
        summary: 'Report (PDF) and exports (CSV, XLSX) stamped with the as-of date and catalogue version',
        params: exportParams,
        query: exportQuery,
      },
      async ({ params, query, req, reply }) => {
        const out = await exports.render(params.file, query.asOf, query.version, langOf(req));
        return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
      },
    );
  },
};
