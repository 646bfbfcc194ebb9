// Legislation benchmarking API: HTTP only (shapes in, service call, shapes out).

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['legislation'];
    const read = { permission: Permission.LegislationRead };
    const { catalogue, assessments, coverage, cooperation, exports } = services.legislation;
    registerTreatyRoutes(app, services.legislation);

    app.get(
      '/api/legislation/standards',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'The standards catalogue (latest version unless ?version=)',
          querystring: standardsQuery,
          response: { 200: standardsResponse },
        },
      },
      async (req) => catalogue.catalogue(req.query.version),
    );

    app.post(
      '/api/legislation/catalogues',
      {
        config: { access: { permission: Permission.LegislationCatalogueManage } },
        schema: {
          tags,
          summary: 'Publish a new catalogue version (earlier assessments keep answering for the same standard ids)',
          body: catalogueBody,
          response: { 201: z.object({ version: z.number() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await catalogue.publishCatalogue(actorOf(req), req.body)),
    );

    app.get(
      '/api/legislation/instruments',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'A state’s acts, amendments and bills with their provisions',
          querystring: instrumentsQuery,
          response: { 200: instrumentsResponse },
        },
      },
      async (req) => catalogue.instruments(actorOf(req), req.query.state),
    );

    app.post(
      '/api/legislation/instruments',
      {
        config: { access: { permission: Permission.LegislationInstrumentsWrite } },
        schema: { tags, summary: 'Record an act, amendment or bill of your state', body: instrumentBody, response: { 201: instrumentSchema } },
      },
      async (req, reply) => reply.status(201).send(await catalogue.createInstrument(actorOf(req), req.body)),
    );

    app.patch(
      '/api/legislation/instruments/:id',
      {
        config: { access: { permission: Permission.LegislationInstrumentsWrite } },
        schema: {
          tags,
          summary: 'Correct an instrument of your state (status, dates, citation...)',
          params: idParams,
          body: instrumentUpdateBody,
          response: { 200: instrumentSchema },
        },
      },
      async (req) => catalogue.updateInstrument(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/legislation/instruments/:id/confirm',
      {
        config: { access: { permission: Permission.LegislationInstrumentsConfirm } },
        schema: {
          tags,
          summary: 'Confirm a law of the reference file (laws.csv) for your state: it stops reading “reference, to be confirmed”',
          params: idParams,
          response: { 200: instrumentSchema },
        },
      },
      async (req) => catalogue.confirmInstrument(actorOf(req), req.params.id),
    );

    app.post(
      '/api/legislation/instruments/:id/provisions',
      {
        config: { access: { permission: Permission.LegislationInstrumentsWrite } },
        schema: { tags, summary: 'Add a provision and the standards it implements', params: idParams, body: provisionBody, response: { 201: provisionSchema } },
      },
      async (req, reply) => reply.status(201).send(await catalogue.addProvision(actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/legislation/states/:state',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'A state’s assessments in force on a date, and those still in the workflow that you may see',
          params: z.strictObject({ state: iso3 }),
          querystring: stateAssessmentsQuery,
          response: { 200: stateLegislationResponse },
        },
      },
      async (req) => assessments.stateLegislation(actorOf(req), req.params.state, coverage.checkAsOf(req.query.asOf), req.query.version),
    );

    app.get(
      '/api/legislation/assessments',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Assessments (newest version of each); drafts only of your state, or all for coordinators',
          querystring: assessmentsQuery,
          response: { 200: assessmentsResponse },
        },
      },
      async (req) => assessments.list(actorOf(req), req.query),
    );

    app.post(
      '/api/legislation/assessments',
      {
        config: { access: { permission: Permission.LegislationAssessmentsDraft } },
        schema: { tags, summary: 'Draft an assessment of your state against a standard', body: assessmentBody, response: { 201: assessmentSchema } },
      },
      async (req, reply) => reply.status(201).send(await assessments.draft(actorOf(req), req.body)),
    );

    app.get(
      '/api/legislation/assessments/:id',
      {
        config: { access: read },
        schema: { tags, summary: 'An assessment with every version', params: idParams, response: { 200: assessmentDetailResponse } },
      },
      async (req) => assessments.detail(actorOf(req), req.params.id),
    );

    app.patch(
      '/api/legislation/assessments/:id',
      {
        config: { access: { permission: Permission.LegislationAssessmentsDraft } },
        schema: {
          tags,
          summary: 'Revise a draft or returned assessment (a new version)',
          params: idParams,
          body: assessmentRevisionBody,
          response: { 200: assessmentSchema },
        },
      },
      async (req) => assessments.revise(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/legislation/assessments/:id/submit',
      {
        config: { access: { permission: Permission.LegislationAssessmentsSubmit } },
        schema: { tags, summary: 'Submit for validation (the state’s focal point)', params: idParams, response: { 200: assessmentSchema } },
      },
      async (req) => assessments.submit(actorOf(req), req.params.id),
    );

    app.post(
      '/api/legislation/assessments/:id/validate',
      {
        config: { access: { permission: Permission.LegislationAssessmentsValidate } },
        schema: { tags, summary: 'Validate (a coordinator of another state)', params: idParams, response: { 200: assessmentSchema } },
      },
      async (req) => assessments.validate(actorOf(req), req.params.id),
    );

    app.post(
      '/api/legislation/assessments/:id/return',
      {
        config: { access: { permission: Permission.LegislationAssessmentsValidate } },
        schema: {
          tags,
          summary: 'Return to the state with a reason (a coordinator of another state)',
          params: idParams,
          body: returnBody,
          response: { 200: assessmentSchema },
        },
      },
      async (req) => assessments.returnToState(actorOf(req), req.params.id, req.body.reason),
    );

    app.get(
      '/api/legislation/coverage',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Per standard, states in each status on a date, and the headline indicators',
          querystring: coverageQuery,
          response: { 200: coverageResponse },
        },
      },
      async (req) => localised(await coverage.coverage(req.query.asOf, req.query.version), langOf(req)),
    );

    app.get(
      '/api/legislation/coverage/trend',
      {
        config: { access: read },
        schema: { tags, summary: 'Indicator and standard counts at evenly spaced dates', querystring: trendQuery, response: { 200: trendResponse } },
      },
      async (req) => coverage.trend(req.query.from, req.query.to, req.query.points, req.query.version),
    );

    app.get(
      '/api/legislation/compare',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Side-by-side matrix; with route=true, the loopholes along the route and its weakest link',
          querystring: compareQuery,
          response: { 200: compareResponse },
        },
      },
      async (req) => coverage.compare(req.query.states, req.query.asOf, req.query.route === 'true', req.query.version),
    );

    app.get(
      '/api/legislation/cooperation',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Can `from` obtain extradition or mutual legal assistance from `to` for this conduct?',
          querystring: cooperationQuery,
          response: { 200: cooperationResponse },
        },
      },
      async (req) => localised(await cooperation.pair(actorOf(req), req.query.from, req.query.to, req.query.conduct, req.query.asOf), langOf(req)),
    );

    app.get(
      '/api/legislation/cooperation/matrix',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Extradition and MLA readiness for every ordered pair of member states',
          querystring: matrixQuery,
          response: { 200: matrixResponse },
        },
      },
      async (req) => cooperation.matrix(req.query.conduct, req.query.asOf),
    );

    app.get(
      '/api/legislation/cooperation/instruments',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Recorded bilateral extradition and MLA treaties and arrangements',
          querystring: cooperationInstrumentsQuery,
          response: { 200: z.object({ instruments: z.array(cooperationInstrumentSchema) }) },
        },
      },
      async (req) => catalogue.cooperationInstruments(req.query.state),
    );

    app.post(
      '/api/legislation/cooperation/instruments',
      {
        config: { access: { permission: Permission.LegislationCooperationWrite } },
        schema: {
          tags,
          summary: 'Record an extradition or MLA treaty or arrangement your state is party to',
          body: cooperationInstrumentBody,
          response: { 201: cooperationInstrumentSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await catalogue.recordCooperationInstrument(actorOf(req), req.body)),
    );

    app.get(
      '/api/legislation/exports/:file',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Report (PDF) and exports (CSV, XLSX) stamped with the as-of date and catalogue version',
          params: exportParams,
          querystring: exportQuery,
        },
      },
      async (req, reply) => {
        const out = await exports.render(req.params.file, req.query.asOf, req.query.version, langOf(req));
        return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
      },
    );
  },
};
