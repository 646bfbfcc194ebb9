// Intelligence exchange API: file, read, search and release reports; consents, acknowledgements, requests for
// information, attachments (always downloads, never rendered) and the originator's view of who read a report.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import { MAX_ATTACHMENT_BYTES } from './attachments.js';
import {
  attachmentBody,
  attachmentParams,
  consentBody,
  consentDecisionBody,
  consentSchema,
  consentsResponse,
  gradingScaleResponse,
  idParams,
  inboxResponse,
  okResponse,
  readersResponse,
  releaseBody,
  releaseResponse,
  reportBody,
  reportSchema,
  rfiBody,
  rfiMessageBody,
  rfiSchema,
  rfisResponse,
  searchQuery,
  searchResponse,
} from './schemas.js';

const attachmentResponse = z.object({ id: z.string(), filename: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() });

export const intelRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['intel'];
    const read = { permission: Permission.IntelRead };
    const write = { permission: Permission.IntelWrite };
    const { intelReports: reports, intelExchange: exchange } = services;

    app.get(
      '/api/intel/scales',
      {
        config: { access: read },
        schema: { tags, summary: 'The Admiralty grading scale, its 4x4 equivalent, and the intelligence categories', response: { 200: gradingScaleResponse } },
      },
      async () => reports.scales(),
    );

    app.get(
      '/api/intel/reports',
      {
        config: { access: read },
        schema: { tags, summary: 'Full-text search with facets over the reports you may read', querystring: searchQuery, response: { 200: searchResponse } },
      },
      async (req) => reports.search(actorOf(req), req.query),
    );

    app.post(
      '/api/intel/reports',
      {
        config: { access: write },
        schema: { tags, summary: 'File a report (graded, classified, with handling codes)', body: reportBody, response: { 201: reportSchema } },
      },
      async (req, reply) => reply.status(201).send(await reports.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/intel/inbox',
      {
        config: { access: read },
        schema: { tags, summary: 'Reports released to my state, requests for information and pending consents', response: { 200: inboxResponse } },
      },
      async (req) => exchange.inbox(actorOf(req)),
    );

    app.get(
      '/api/intel/reports/:id',
      {
        config: { access: read },
        schema: { tags, summary: 'One report (every read is audited)', params: idParams, response: { 200: reportSchema } },
      },
      async (req) => reports.get(actorOf(req), req.params.id),
    );

    app.post(
      '/api/intel/reports/:id/release',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Release to states and groups: all covered by agreements, or nothing released (403 naming each missing agreement)',
          params: idParams,
          body: releaseBody,
          response: { 200: releaseResponse },
        },
      },
      async (req) => exchange.release(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/intel/reports/:id/acknowledge',
      {
        config: { access: write },
        schema: { tags, summary: 'Acknowledge receipt for my state', params: idParams, response: { 200: okResponse } },
      },
      async (req) => exchange.acknowledge(actorOf(req), req.params.id),
    );

    app.get(
      '/api/intel/reports/:id/readers',
      {
        config: { access: read },
        schema: { tags, summary: 'Who in which state read this report (originator only)', params: idParams, response: { 200: readersResponse } },
      },
      async (req) => reports.readers(actorOf(req), req.params.id),
    );

    app.post(
      '/api/intel/reports/:id/consents',
      {
        config: { access: write },
        schema: { tags, summary: 'Ask the originator for consent to share onward', params: idParams, body: consentBody, response: { 201: consentSchema } },
      },
      async (req, reply) => reply.status(201).send(await exchange.requestConsent(actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/intel/consents',
      {
        config: { access: read },
        schema: { tags, summary: 'Consents asked of my state or by it', response: { 200: consentsResponse } },
      },
      async (req) => exchange.consents(actorOf(req)),
    );

    app.post(
      '/api/intel/consents/:id/decision',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Grant or refuse a consent (originating state)',
          params: idParams,
          body: consentDecisionBody,
          response: { 200: consentSchema },
        },
      },
      async (req) => exchange.decideConsent(actorOf(req), req.params.id, req.body.grant),
    );

    app.get(
      '/api/intel/reports/:id/rfis',
      {
        config: { access: read },
        schema: { tags, summary: 'Requests for information on this report that involve my state', params: idParams, response: { 200: rfisResponse } },
      },
      async (req) => exchange.rfis(actorOf(req), req.params.id),
    );

    app.post(
      '/api/intel/reports/:id/rfis',
      {
        config: { access: write },
        schema: {
          tags,
          summary: 'Send a request for information to the originator, with a deadline',
          params: idParams,
          body: rfiBody,
          response: { 201: rfiSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await exchange.askRfi(actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/intel/rfis/:id/messages',
      {
        config: { access: write },
        schema: { tags, summary: 'Reply in a request for information thread', params: idParams, body: rfiMessageBody, response: { 200: rfiSchema } },
      },
      async (req) => exchange.replyRfi(actorOf(req), req.params.id, req.body.body),
    );

    app.post(
      '/api/intel/reports/:id/attachments',
      {
        config: { access: write },
        bodyLimit: Math.ceil(MAX_ATTACHMENT_BYTES * 1.4) + 4096,
        schema: {
          tags,
          summary: 'Attach a file (PDF, PNG, JPEG, GIF, text, CSV; type checked against its bytes)',
          params: idParams,
          body: attachmentBody,
          response: { 201: attachmentResponse },
        },
      },
      async (req, reply) => reply.status(201).send(await reports.addAttachment(actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/intel/reports/:id/attachments/:attachmentId',
      {
        config: { access: read },
        schema: { tags, summary: 'Download an attachment (never rendered inline)', params: attachmentParams },
      },
      async (req, reply) => {
        const a = await reports.attachment(actorOf(req), req.params.id, req.params.attachmentId);
        return reply
          .type(a.mediaType.startsWith('text/') ? `${a.mediaType}; charset=utf-8` : a.mediaType)
          .header('content-disposition', `attachment; filename="${a.filename.replace(/"/g, '')}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'no-store')
          .header('x-content-sha256', a.sha256)
          .send(a.content);
      },
    );
  },
};
