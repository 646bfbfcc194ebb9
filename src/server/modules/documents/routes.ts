// Document checks API: record one document, a JSON batch or a file; check one document or a manifest; the state's own
// list and who checked it; how the list is kept (clear or keyed hashes).
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import type { ModuleRoutes } from '../module.js';
import { csvTemplate, xlsxTemplate } from './record-file.js';
import {
  checkBody,
  checkResponse,
  checksOfOursQuery,
  checksOfOursResponse,
  documentBody,
  idParams,
  importBody,
  importResult,
  listQuery,
  listResponse,
  myChecksResponse,
  recordSchema,
  settingsBody,
  settingsSchema,
  uploadBody,
} from './schemas.js';

export const documentsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['documents'];
    const documents = services.documents;
    const check = { access: { permission: Permission.DocumentsCheck } };
    const record = { access: { permission: Permission.DocumentsRecord } };
    const read = { access: { permission: Permission.DocumentsRead } };

    app.post(
      '/api/documents/check',
      {
        config: check,
        // A 500-line file manifest in base64 is larger than the default body limit.
        bodyLimit: 3 * 1024 * 1024,
        schema: {
          tags,
          summary:
            'Check one document or a batch of up to 500 (documents, MRZ zones, pasted text or a CSV/XLSX manifest): per line hit or no hit, the status and the recording state; MRZ check digits verified',
          body: checkBody,
          response: { 200: checkResponse },
        },
      },
      async (req) => localised(await documents.check(actorOf(req), req.body), langOf(req)),
    );

    app.post(
      '/api/documents',
      {
        config: record,
        schema: {
          tags,
          summary: "Record one lost, stolen, revoked, fraudulent or counterfeit document of the caller's state (recording it again updates it)",
          body: documentBody,
          response: { 201: recordSchema.extend({ created: z.boolean() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await documents.record(actorOf(req), req.body)),
    );

    app.post(
      '/api/documents/import',
      {
        config: record,
        bodyLimit: 4 * 1024 * 1024,
        schema: { tags, summary: 'Record up to 5,000 documents from a national system, all or nothing', body: importBody, response: { 200: importResult } },
      },
      async (req) => documents.importMany(actorOf(req), req.body.documents),
    );

    app.post(
      '/api/documents/uploads',
      {
        config: record,
        bodyLimit: 21 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Upload a CSV or XLSX list (base64): every line is checked and reported by number, nothing is half-recorded',
          body: uploadBody,
          response: { 200: importResult },
        },
      },
      async (req) => documents.upload(actorOf(req), req.body),
    );

    app.get(
      '/api/documents/templates/:file',
      {
        config: record,
        schema: {
          tags,
          summary: 'The document list template, as CSV or XLSX',
          params: z.strictObject({ file: z.enum(['document-list-template.csv', 'document-list-template.xlsx']) }),
        },
      },
      async (req, reply) => {
        reply.header('content-disposition', `attachment; filename="${req.params.file}"`);
        if (req.params.file.endsWith('.xlsx'))
          return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await xlsxTemplate());
        return reply.type('text/csv; charset=utf-8').send(csvTemplate());
      },
    );

    app.get(
      '/api/documents',
      {
        config: read,
        schema: {
          tags,
          summary: "The caller's state's recorded documents (number prefix search, status), newest first",
          querystring: listQuery,
          response: { 200: listResponse },
        },
      },
      async (req) => documents.list(actorOf(req), req.query),
    );

    app.get(
      '/api/documents/checks/ours',
      {
        config: read,
        schema: {
          tags,
          summary: "Who checked the caller's state's records, and when",
          querystring: checksOfOursQuery,
          response: { 200: checksOfOursResponse },
        },
      },
      async (req) => documents.checksOfOurs(actorOf(req), req.query),
    );

    app.get(
      '/api/documents/checks/mine',
      {
        config: check,
        schema: { tags, summary: 'The checks the caller made (counts only: the queried numbers are not kept)', response: { 200: myChecksResponse } },
      },
      async (req) => documents.myChecks(actorOf(req)),
    );

    app.get(
      '/api/documents/settings',
      {
        config: check,
        schema: {
          tags,
          summary: "How the caller's state keeps its list (clear or keyed hashes only) and whether the regional key is configured",
          response: { 200: settingsSchema },
        },
      },
      async (req) => documents.settings(actorOf(req)),
    );

    app.put(
      '/api/documents/settings',
      {
        config: { access: { permission: Permission.DocumentsSettings } },
        schema: {
          tags,
          summary: "Keep the state's list in clear or as keyed hashes only (switching to hashed replaces every clear number by its hash)",
          body: settingsBody,
          response: { 200: settingsSchema },
        },
      },
      async (req) => documents.setMode(actorOf(req), req.body.mode),
    );

    app.get(
      '/api/documents/:id',
      {
        config: read,
        schema: { tags, summary: 'One recorded document, whole, if the caller may read it', params: idParams, response: { 200: recordSchema } },
      },
      async (req) => documents.get(actorOf(req), req.params.id),
    );

    app.post(
      '/api/documents/:id/withdraw',
      {
        config: record,
        schema: {
          tags,
          summary: 'Withdraw a record (the document was found or recorded in error): it no longer answers checks',
          params: idParams,
          body: z.strictObject({}),
          response: { 200: recordSchema },
        },
      },
      async (req) => documents.withdraw(actorOf(req), req.params.id),
    );
  },
};
