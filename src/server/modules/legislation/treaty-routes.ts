// Treaty status and reference-file API: HTTP only (shapes in, service call, shapes out).

import { Permission } from '../../access/permissions.js';
import type { Router } from '../../http/context.js';
import { endpoints } from '../../http/endpoint.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import type { Legislation } from './composition.js';
import { idParams } from './schemas.js';
import {
  referenceImportBody,
  referenceImportSchema,
  referenceImportsResponse,
  treatiesResponse,
  treatyOverviewResponse,
  treatyQuery,
  treatyRecordBody,
  treatyRecordsQuery,
  treatyRecordsResponse,
  treatyReturnBody,
} from './treaty-schemas.js';

export function registerTreatyRoutes(app: Router, legislation: Legislation) {
  const api = endpoints(app, ['legislation']);
  const read = { permission: Permission.LegislationRead };
  const validate = { permission: Permission.LegislationTreatiesValidate };
  const importReference = { permission: Permission.LegislationReferenceImport };
  const record = treatyRecordsResponse.shape.records.element;
  const { treaties, reference } = legislation;

  api.get(
    '/api/treaties',
    {
      access: read,
      summary:
        'A state’s signature, ratification, accession or acceptance of UNTOC and its Protocols: each action with its date (or, reported later, `when` and `precision`), source and the snapshot date the reference table is complete to',
      query: treatyQuery,
      response: treatiesResponse,
    },
    ({ actor, query }) => treaties.ofState(actor, query.state),
  );

  api.get(
    '/api/treaties/overview',
    { access: read, summary: 'Treaty status of every member state today, with the sources cited and the snapshot date', response: treatyOverviewResponse },
    () => treaties.overview(),
  );

  api.get(
    '/api/treaties/records',
    {
      access: read,
      summary: 'Newer treaty actions recorded by focal points (validated ones for everyone; the rest for their state and coordinators)',
      query: treatyRecordsQuery,
      response: treatyRecordsResponse,
    },
    ({ actor, query }) => treaties.records(actor, query),
  );

  api.post(
    '/api/treaties/records',
    {
      access: { permission: Permission.LegislationTreatiesRecord },
      summary: 'Record a newer treaty action of your state with its source (the reference file’s rows stay as they are)',
      body: treatyRecordBody,
      response: record,
      status: 201,
    },
    ({ actor, body }) => treaties.record(actor, body),
  );

  api.post(
    '/api/treaties/records/:id/validate',
    {
      access: validate,
      summary: 'Validate a treaty record (a coordinator of another state): it then counts in the status',
      params: idParams,
      response: record,
    },
    ({ actor, params }) => treaties.review(actor, params.id, 'validated', null),
  );

  api.post(
    '/api/treaties/records/:id/return',
    {
      access: validate,
      summary: 'Return a treaty record to its state with a reason (a coordinator of another state)',
      params: idParams,
      body: treatyReturnBody,
      response: record,
    },
    ({ actor, params, body }) => treaties.review(actor, params.id, 'returned', body.reason),
  );

  api.get(
    '/api/legislation/reference/imports',
    {
      access: read,
      summary: 'The reference files loaded now and every import of them with what it added, removed and changed',
      response: referenceImportsResponse,
    },
    async ({ req }) => localised(await reference.history(), langOf(req)),
  );

  api.post(
    '/api/legislation/reference/preview',
    {
      access: importReference,
      summary: 'What importing this version of treaties.csv, treaties-later.csv or laws.csv would add, remove and change (nothing is written)',
      body: referenceImportBody,
      response: referenceImportSchema,
      bodyLimit: 5_000_000,
    },
    async ({ body, req }) =>
      localised(await reference.preview(body.file, body.csv, { date: body.snapshot, label: body.snapshotLabel, source: body.snapshotSource }), langOf(req)),
  );

  api.post(
    '/api/legislation/reference/imports',
    {
      access: importReference,
      summary: 'Import a newer version of a reference file in one transaction; focal points’ records and confirmed laws are kept',
      body: referenceImportBody,
      response: referenceImportSchema,
      status: 201,
      bodyLimit: 5_000_000,
    },
    async ({ actor, body, req }) =>
      localised(
        await reference.apply(actor, body.file, body.csv, { date: body.snapshot, label: body.snapshotLabel, source: body.snapshotSource }, 'admin'),
        langOf(req),
      ),
  );
}
