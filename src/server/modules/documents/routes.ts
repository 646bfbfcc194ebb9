// Document checks API: record one document, a JSON batch or a file; check one document or a manifest; the state's own
// list and who checked it; how the list is kept (clear or keyed hashes).
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['documents']);
    const documents = services.documents;
    const check = { permission: Permission.DocumentsCheck };
    const record = { permission: Permission.DocumentsRecord };
    const read = { permission: Permission.DocumentsRead };

    api.post(
      '/api/documents/check',
      {
        access: check,
        summary:
          'Check one document or a batch of up to 500 (documents, MRZ zones, pasted text or a CSV/XLSX manifest): per line hit or no hit, the status and the recording state; MRZ check digits verified',
        body: checkBody,
        response: checkResponse,
        // A 500-line file manifest in base64 is larger than the default body limit.
        bodyLimit: 3 * 1024 * 1024,
      },
      async ({ actor, body, req }) => localised(await documents.check(actor, body), langOf(req)),
    );

    api.post(
      '/api/documents',
      {
        access: record,
        summary: "Record one lost, stolen, revoked, fraudulent or counterfeit document of the caller's state (recording it again updates it)",
        body: documentBody,
        response: recordSchema.extend({ created: z.boolean() }),
        status: 201,
      },
      ({ actor, body }) => documents.record(actor, body),
    );

    api.post(
      '/api/documents/import',
      {
        access: record,
        summary: 'Record up to 5,000 documents from a national system, all or nothing',
        body: importBody,
        response: importResult,
        bodyLimit: 4 * 1024 * 1024,
      },
      ({ actor, body }) => documents.importMany(actor, body.documents),
    );

    api.post(
      '/api/documents/uploads',
      {
        access: record,
        summary: 'Upload a CSV or XLSX list (base64): every line is checked and reported by number, nothing is half-recorded',
        body: uploadBody,
        response: importResult,
        bodyLimit: 21 * 1024 * 1024,
      },
      ({ actor, body }) => documents.upload(actor, body),
    );

    api.get(
      '/api/documents/templates/:file',
      {
        access: record,
        summary: 'The document list template, as CSV or XLSX',
        params: z.strictObject({ file: z.enum(['document-list-template.csv', 'document-list-template.xlsx']) }),
      },
      async ({ params, reply }) => {
        reply.header('content-disposition', `attachment; filename="${params.file}"`);
        if (params.file.endsWith('.xlsx')) return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await xlsxTemplate());
        return reply.type('text/csv; charset=utf-8').send(csvTemplate());
      },
    );

    api.get(
      '/api/documents',
      {
        access: read,
        summary: "The caller's state's recorded documents (number prefix search, status), newest first",
        query: listQuery,
        response: listResponse,
      },
      ({ actor, query }) => documents.list(actor, query),
    );

    api.get(
      '/api/documents/checks/ours',
      { access: read, summary: "Who checked the caller's state's records, and when", query: checksOfOursQuery, response: checksOfOursResponse },
      ({ actor, query }) => documents.checksOfOurs(actor, query),
    );

    api.get(
      '/api/documents/checks/mine',
      { access: check, summary: 'The checks the caller made (counts only: the queried numbers are not kept)', response: myChecksResponse },
      ({ actor }) => documents.myChecks(actor),
    );

    api.get(
      '/api/documents/settings',
      {
        access: check,
        summary: "How the caller's state keeps its list (clear or keyed hashes only) and whether the regional key is configured",
        response: settingsSchema,
      },
      ({ actor }) => documents.settings(actor),
    );

    api.put(
      '/api/documents/settings',
      {
        access: { permission: Permission.DocumentsSettings },
        summary: "Keep the state's list in clear or as keyed hashes only (switching to hashed replaces every clear number by its hash)",
        body: settingsBody,
        response: settingsSchema,
      },
      ({ actor, body }) => documents.setMode(actor, body.mode),
    );

    api.get(
      '/api/documents/:id',
      { access: read, summary: 'One recorded document, whole, if the caller may read it', params: idParams, response: recordSchema },
      ({ actor, params }) => documents.get(actor, params.id),
    );

    api.post(
      '/api/documents/:id/withdraw',
      {
        access: record,
        summary: 'Withdraw a record (the document was found or recorded in error): it no longer answers checks',
        params: idParams,
        body: z.strictObject({}),
        response: recordSchema,
      },
      ({ actor, params }) => documents.withdraw(actor, params.id),
    );
  },
};
