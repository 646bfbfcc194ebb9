// Agreements API: list, record, change, the matrix of who has what with whom, the check, and the model MOU (Markdown or PDF).

import type { FastifyReply } from 'fastify';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import { markdownToPdf } from './document-pdf.js';
import { MOU_NOTICE } from './mou.js';
import {
  agreementBody,
  agreementPatch,
  agreementSchema,
  agreementsQuery,
  agreementsResponse,
  checkQuery,
  checkResponse,
  idParams,
  matrixQuery,
  matrixResponse,
  mouFormatQuery,
  mouQuery,
  scopesResponse,
} from './schemas.js';
import { agreementTaxonomy } from './scope.js';

async function sendDocument(reply: FastifyReply, markdown: string, format: 'md' | 'pdf' | undefined, name: string, title: string) {
  if (format === 'pdf') {
    const pdf = await markdownToPdf(markdown, { title, footer: MOU_NOTICE });
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(pdf);
  }
  return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${name}.md"`).send(markdown);
}

export const agreementsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['agreements'];
    const read = { permission: Permission.AgreementsRead };
    const write = { permission: Permission.AgreementsWrite };
    const agreements = services.agreements;

    app.get(
      '/api/agreements',
      {
        config: { access: read },
        schema: { tags, summary: 'Agreements between member states', querystring: agreementsQuery, response: { 200: agreementsResponse } },
      },
      async (req) => agreements.list(actorOf(req), req.query),
    );

    app.get(
      '/api/agreements/scopes',
      {
        config: { access: read },
        schema: { tags, summary: 'Agreement scope categories and the intelligence categories each covers', response: { 200: scopesResponse } },
      },
      async () => agreementTaxonomy(),
    );

    app.get(
      '/api/agreements/check',
      {
        config: { access: { permission: Permission.AgreementsCheck } },
        schema: {
          tags,
          summary: 'Is an agreement active between A and B covering this category on this date (default today)?',
          querystring: checkQuery,
          response: { 200: checkResponse },
        },
      },
      async (req) => agreements.check(req.query.a, req.query.b, req.query.category, req.query.date),
    );

    app.get(
      '/api/agreements/matrix',
      {
        config: { access: read },
        schema: { tags, summary: 'Who has an active agreement with whom on a date', querystring: matrixQuery, response: { 200: matrixResponse } },
      },
      async (req) => agreements.matrix(req.query.date, req.query.category),
    );

    app.get(
      '/api/agreements/model-mou',
      {
        config: { access: read },
        schema: { tags, summary: 'The model MOU filled for two or more states (Markdown, or PDF with format=pdf)', querystring: mouQuery },
      },
      async (req, reply) => {
        const q = req.query;
        const markdown = await agreements.modelMou({
          states: q.states.split(','),
          scope: q.scope
            ? q.scope
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : undefined,
          effectiveOn: q.effectiveOn,
          years: q.years,
          place: q.place,
        });
        return sendDocument(reply, markdown, q.format, `model-mou-${q.states.replace(/,/g, '-')}`, 'Model MOU');
      },
    );

    app.get(
      '/api/agreements/:id',
      {
        config: { access: read },
        schema: { tags, summary: 'One agreement', params: idParams, response: { 200: agreementSchema } },
      },
      async (req) => agreements.get(actorOf(req), req.params.id),
    );

    app.get(
      '/api/agreements/:id/mou',
      {
        config: { access: read },
        schema: { tags, summary: 'The model MOU filled from this agreement (Markdown, or PDF with format=pdf)', params: idParams, querystring: mouFormatQuery },
      },
      async (req, reply) => {
        const { agreement, markdown } = await agreements.agreementMou(actorOf(req), req.params.id);
        return sendDocument(reply, markdown, req.query.format, `mou-${agreement.parties.map((p) => p.state).join('-')}`, agreement.title);
      },
    );

    app.post(
      '/api/agreements',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Record an agreement (parties must be members; expiry after effect)',
          body: agreementBody,
          response: { 201: agreementSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await agreements.create(actorOf(req), req.body)),
    );

    app.patch(
      '/api/agreements/:id',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Change an agreement (status, dates, scope, parties)',
          params: idParams,
          body: agreementPatch,
          response: { 200: agreementSchema },
        },
      },
      async (req) => agreements.update(actorOf(req), req.params.id, req.body),
    );
  },
};
