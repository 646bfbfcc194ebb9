// Verification requests API: ask another state, list incoming and outgoing, read one (audited), answer, the thread,
// files (downloads only), withdraw, and the time-to-answer dashboard.
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import { MAX_FILE_BYTES } from './attachments.js';
import {
  answerBody,
  createBody,
  dashboardQuery,
  dashboardResponse,
  fileBody,
  fileParams,
  fileSchema,
  idParams,
  listQuery,
  listResponse,
  messageBody,
  requestSchema,
  resemblancesResponse,
} from './schemas.js';

export const verificationsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['verifications']);
    const read = { permission: Permission.VerificationsRead };
    const write = { permission: Permission.VerificationsWrite };
    const verifications = services.verifications;

    api.post(
      '/api/verifications',
      {
        access: write,
        summary: "Ask another state to verify a person's identity and nationality (names in any script, birth, documents, reason, urgency, deadline)",
        body: createBody,
        response: requestSchema,
        status: 201,
      },
      ({ actor, body }) => verifications.create(actor, body),
    );

    api.get(
      '/api/verifications',
      {
        access: read,
        summary: 'Verification requests the caller may see: incoming (asked of their state) or outgoing (asked by it)',
        query: listQuery,
        response: listResponse,
      },
      ({ actor, query }) => verifications.list(actor, query),
    );

    api.get(
      '/api/verifications/dashboard',
      {
        access: { permission: Permission.VerificationsDashboard },
        summary: 'Time to answer per requested state and month (counts only; cells under the minimum withheld)',
        query: dashboardQuery,
        response: dashboardResponse,
      },
      ({ actor, query }) => verifications.dashboard(actor, query),
    );

    api.get(
      '/api/verifications/:id',
      {
        access: read,
        summary: 'One request with its thread, files, the arrangement it relies on and what the caller may do (the read is audited)',
        params: idParams,
        response: requestSchema,
      },
      ({ actor, params }) => verifications.get(actor, params.id),
    );

    api.get(
      '/api/verifications/:id/resemblances',
      {
        access: read,
        summary: "Persons of the networks catalogue the caller may read who resemble the request's person, scored with reasons",
        params: idParams,
        response: resemblancesResponse,
      },
      ({ actor, params }) => verifications.resemblances(actor, params.id),
    );

    api.post(
      '/api/verifications/:id/answer',
      {
        access: write,
        summary: "Answer (requested state's designated officers): confirmed, not confirmed, more information needed or cannot determine, with the evidence",
        params: idParams,
        body: answerBody,
        response: requestSchema,
      },
      ({ actor, params, body }) => verifications.answer(actor, params.id, body),
    );

    api.post(
      '/api/verifications/:id/messages',
      {
        access: write,
        summary: 'Write in the thread (from the requesting side while more information is needed, it reopens the request)',
        params: idParams,
        body: messageBody,
        response: requestSchema,
      },
      ({ actor, params, body }) => verifications.message(actor, params.id, body.body),
    );

    api.post(
      '/api/verifications/:id/withdraw',
      { access: write, summary: 'Withdraw the request (requesting state)', params: idParams, body: z.strictObject({}), response: requestSchema },
      ({ actor, params }) => verifications.withdraw(actor, params.id),
    );

    api.post(
      '/api/verifications/:id/files',
      {
        access: write,
        summary: 'Attach a photograph, fingerprint file (WSQ, ANSI/NIST-ITL), document scan or evidence; seen by the two states only',
        params: idParams,
        body: fileBody,
        response: fileSchema,
        bodyLimit: Math.ceil(MAX_FILE_BYTES * 1.4) + 4096,
        status: 201,
      },
      ({ actor, params, body }) => verifications.addFile(actor, params.id, body),
    );

    api.get(
      '/api/verifications/:id/files/:fileId',
      { access: read, summary: 'Download a file (never rendered inline; audited)', params: fileParams },
      async ({ actor, params, reply }) => {
        const f = await verifications.file(actor, params.id, params.fileId);
        return reply
          .type(f.mediaType)
          .header('content-disposition', `attachment; filename="${f.filename.replace(/"/g, '')}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(f.content);
      },
    );
  },
};
