// Intelligence exchange API: file, read, search and release reports; consents, acknowledgements, requests for
// information, attachments (always downloads, never rendered) and the originator's view of who read a report.

import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['intel']);
    const read = { permission: Permission.IntelRead };
    const write = { permission: Permission.IntelWrite };
    const { intelReports: reports, intelExchange: exchange } = services;

    api.get(
      '/api/intel/scales',
      { access: read, summary: 'The Admiralty grading scale, its 4x4 equivalent, and the intelligence categories', response: gradingScaleResponse },
      () => reports.scales(),
    );

    api.get(
      '/api/intel/reports',
      { access: read, summary: 'Full-text search with facets over the reports you may read', query: searchQuery, response: searchResponse },
      ({ actor, query }) => reports.search(actor, query),
    );

    api.post(
      '/api/intel/reports',
      { access: write, summary: 'File a report (graded, classified, with handling codes)', body: reportBody, response: reportSchema, status: 201 },
      ({ actor, body }) => reports.create(actor, body),
    );

    api.get(
      '/api/intel/inbox',
      { access: read, summary: 'Reports released to my state, requests for information and pending consents', response: inboxResponse },
      ({ actor }) => exchange.inbox(actor),
    );

    api.get(
      '/api/intel/reports/:id',
      { access: read, summary: 'One report (every read is audited)', params: idParams, response: reportSchema },
      ({ actor, params }) => reports.get(actor, params.id),
    );

    api.post(
      '/api/intel/reports/:id/release',
      {
        access: write,
        summary: 'Release to states and groups: all covered by agreements, or nothing released (403 naming each missing agreement)',
        params: idParams,
        body: releaseBody,
        response: releaseResponse,
      },
      ({ actor, params, body }) => exchange.release(actor, params.id, body),
    );

    api.post(
      '/api/intel/reports/:id/acknowledge',
      { access: write, summary: 'Acknowledge receipt for my state', params: idParams, response: okResponse },
      ({ actor, params }) => exchange.acknowledge(actor, params.id),
    );

    api.get(
      '/api/intel/reports/:id/readers',
      { access: read, summary: 'Who in which state read this report (originator only)', params: idParams, response: readersResponse },
      ({ actor, params }) => reports.readers(actor, params.id),
    );

    api.post(
      '/api/intel/reports/:id/consents',
      { access: write, summary: 'Ask the originator for consent to share onward', params: idParams, body: consentBody, response: consentSchema, status: 201 },
      ({ actor, params, body }) => exchange.requestConsent(actor, params.id, body),
    );

    api.get('/api/intel/consents', { access: read, summary: 'Consents asked of my state or by it', response: consentsResponse }, ({ actor }) =>
      exchange.consents(actor),
    );

    api.post(
      '/api/intel/consents/:id/decision',
      { access: write, summary: 'Grant or refuse a consent (originating state)', params: idParams, body: consentDecisionBody, response: consentSchema },
      ({ actor, params, body }) => exchange.decideConsent(actor, params.id, body.grant),
    );

    api.get(
      '/api/intel/reports/:id/rfis',
      { access: read, summary: 'Requests for information on this report that involve my state', params: idParams, response: rfisResponse },
      ({ actor, params }) => exchange.rfis(actor, params.id),
    );

    api.post(
      '/api/intel/reports/:id/rfis',
      {
        access: write,
        summary: 'Send a request for information to the originator, with a deadline',
        params: idParams,
        body: rfiBody,
        response: rfiSchema,
        status: 201,
      },
      ({ actor, params, body }) => exchange.askRfi(actor, params.id, body),
    );

    api.post(
      '/api/intel/rfis/:id/messages',
      { access: write, summary: 'Reply in a request for information thread', params: idParams, body: rfiMessageBody, response: rfiSchema },
      ({ actor, params, body }) => exchange.replyRfi(actor, params.id, body.body),
    );

    api.post(
      '/api/intel/reports/:id/attachments',
      {
        access: write,
        summary: 'Attach a file (PDF, PNG, JPEG, GIF, text, CSV; type checked against its bytes)',
        params: idParams,
        body: attachmentBody,
        response: attachmentResponse,
        bodyLimit: Math.ceil(MAX_ATTACHMENT_BYTES * 1.4) + 4096,
        status: 201,
      },
      ({ actor, params, body }) => reports.addAttachment(actor, params.id, body),
    );

    api.get(
      '/api/intel/reports/:id/attachments/:attachmentId',
      { access: read, summary: 'Download an attachment (never rendered inline)', params: attachmentParams },
      async ({ actor, params, reply }) => {
        const a = await reports.attachment(actor, params.id, params.attachmentId);
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
