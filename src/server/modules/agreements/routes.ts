// Agreements API: list, record, change, the matrix of who has what with whom, the check, and the model MOU (Markdown or PDF).

import type { FastifyReply } from 'fastify';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['agreements']);
    const read = { permission: Permission.AgreementsRead };
    const write = { permission: Permission.AgreementsWrite };
    const agreements = services.agreements;

    api.get(
      '/api/agreements',
      { access: read, summary: 'Agreements between member states', query: agreementsQuery, response: agreementsResponse },
      ({ actor, query }) => agreements.list(actor, query),
    );

    api.get(
      '/api/agreements/scopes',
      { access: read, summary: 'Agreement scope categories and the intelligence categories each covers', response: scopesResponse },
      () => agreementTaxonomy(),
    );

    api.get(
      '/api/agreements/check',
      {
        access: { permission: Permission.AgreementsCheck },
        summary: 'Is an agreement active between A and B covering this category on this date (default today)?',
        query: checkQuery,
        response: checkResponse,
      },
      ({ query }) => agreements.check(query.a, query.b, query.category, query.date),
    );

    api.get(
      '/api/agreements/matrix',
      { access: read, summary: 'Who has an active agreement with whom on a date', query: matrixQuery, response: matrixResponse },
      ({ query }) => agreements.matrix(query.date, query.category),
    );

    api.get(
      '/api/agreements/model-mou',
      { access: read, summary: 'The model MOU filled for two or more states (Markdown, or PDF with format=pdf)', query: mouQuery },
      async ({ query: q, reply }) => {
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

    api.get('/api/agreements/:id', { access: read, summary: 'One agreement', params: idParams, response: agreementSchema }, ({ actor, params }) =>
      agreements.get(actor, params.id),
    );

    api.get(
      '/api/agreements/:id/mou',
      { access: read, summary: 'The model MOU filled from this agreement (Markdown, or PDF with format=pdf)', params: idParams, query: mouFormatQuery },
      async ({ actor, params, query, reply }) => {
        const { agreement, markdown } = await agreements.agreementMou(actor, params.id);
        return sendDocument(reply, markdown, query.format, `mou-${agreement.parties.map((p) => p.state).join('-')}`, agreement.title);
      },
    );

    api.post(
      '/api/agreements',
      {
        access: write,
        summary: 'Record an agreement (parties must be members; expiry after effect)',
        body: agreementBody,
        response: agreementSchema,
        status: 201,
      },
      ({ actor, body }) => agreements.create(actor, body),
    );

    api.patch(
      '/api/agreements/:id',
      { access: write, summary: 'Change an agreement (status, dates, scope, parties)', params: idParams, body: agreementPatch, response: agreementSchema },
      ({ actor, params, body }) => agreements.update(actor, params.id, body),
    );
  },
};
