// Verification requests API: ask another state, list incoming and outgoing, read one (audited), answer, the thread,
// files (downloads only), withdraw, and the time-to-answer dashboard.
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['verifications'];
    const read = { access: { permission: Permission.VerificationsRead } };
    const write = { access: { permission: Permission.VerificationsWrite } };
    const verifications = services.verifications;

    app.post(
      '/api/verifications',
      {
        config: write,
        schema: {
          tags,
          summary: "Ask another state to verify a person's identity and nationality (names in any script, birth, documents, reason, urgency, deadline)",
          body: createBody,
          response: { 201: requestSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await verifications.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/verifications',
      {
        config: read,
        schema: {
          tags,
          summary: 'Verification requests the caller may see: incoming (asked of their state) or outgoing (asked by it)',
          querystring: listQuery,
          response: { 200: listResponse },
        },
      },
      async (req) => verifications.list(actorOf(req), req.query),
    );

    app.get(
      '/api/verifications/dashboard',
      {
        config: { access: { permission: Permission.VerificationsDashboard } },
        schema: {
          tags,
          summary: 'Time to answer per requested state and month (counts only; cells under the minimum withheld)',
          querystring: dashboardQuery,
          response: { 200: dashboardResponse },
        },
      },
      async (req) => verifications.dashboard(actorOf(req), req.query),
    );

    app.get(
      '/api/verifications/:id',
      {
        config: read,
        schema: {
          tags,
          summary: 'One request with its thread, files, the arrangement it relies on and what the caller may do (the read is audited)',
          params: idParams,
          response: { 200: requestSchema },
        },
      },
      async (req) => verifications.get(actorOf(req), req.params.id),
    );

    app.get(
      '/api/verifications/:id/resemblances',
      {
        config: read,
        schema: {
          tags,
          summary: "Persons of the networks catalogue the caller may read who resemble the request's person, scored with reasons",
          params: idParams,
          response: { 200: resemblancesResponse },
        },
      },
      async (req) => verifications.resemblances(actorOf(req), req.params.id),
    );

    app.post(
      '/api/verifications/:id/answer',
      {
        config: write,
        schema: {
          tags,
          summary: "Answer (requested state's designated officers): confirmed, not confirmed, more information needed or cannot determine, with the evidence",
          params: idParams,
          body: answerBody,
          response: { 200: requestSchema },
        },
      },
      async (req) => verifications.answer(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/verifications/:id/messages',
      {
        config: write,
        schema: {
          tags,
          summary: 'Write in the thread (from the requesting side while more information is needed, it reopens the request)',
          params: idParams,
          body: messageBody,
          response: { 200: requestSchema },
        },
      },
      async (req) => verifications.message(actorOf(req), req.params.id, req.body.body),
    );

    app.post(
      '/api/verifications/:id/withdraw',
      {
        config: write,
        schema: { tags, summary: 'Withdraw the request (requesting state)', params: idParams, body: z.strictObject({}), response: { 200: requestSchema } },
      },
      async (req) => verifications.withdraw(actorOf(req), req.params.id),
    );

    app.post(
      '/api/verifications/:id/files',
      {
        config: write,
        bodyLimit: Math.ceil(MAX_FILE_BYTES * 1.4) + 4096,
        schema: {
          tags,
          summary: 'Attach a photograph, fingerprint file (WSQ, ANSI/NIST-ITL), document scan or evidence; seen by the two states only',
          params: idParams,
          body: fileBody,
          response: { 201: fileSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await verifications.addFile(actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/verifications/:id/files/:fileId',
      {
        config: read,
        schema: { tags, summary: 'Download a file (never rendered inline; audited)', params: fileParams },
      },
      async (req, reply) => {
        const f = await verifications.file(actorOf(req), req.params.id, req.params.fileId);
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
