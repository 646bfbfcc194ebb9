// Treaty status and reference-file API: HTTP only (shapes in, service call, shapes out).

import { Permission } from '../../access/permissions.js';
import type { Router } from '../../http/context.js';
import { actorOf } from '../../http/context.js';
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
  const tags = ['legislation'];
  const read = { permission: Permission.LegislationRead };
  const record = treatyRecordsResponse.shape.records.element;
  const { treaties, reference } = legislation;

  app.get(
    '/api/treaties',
    {
      config: { access: read },
      schema: {
        tags,
        querystring: treatyQuery,
        response: { 200: treatiesResponse },
        summary:
          'A state’s signature, ratification, accession or acceptance of UNTOC and its Protocols: each action with its date (or, reported later, `when` and `precision`), source and the snapshot date the reference table is complete to',
      },
    },
    async (req) => treaties.ofState(actorOf(req), req.query.state),
  );

  app.get(
    '/api/treaties/overview',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Treaty status of every member state today, with the sources cited and the snapshot date',
        response: { 200: treatyOverviewResponse },
      },
    },
    async () => treaties.overview(),
  );

  app.get(
    '/api/treaties/records',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Newer treaty actions recorded by focal points (validated ones for everyone; the rest for their state and coordinators)',
        querystring: treatyRecordsQuery,
        response: { 200: treatyRecordsResponse },
      },
    },
    async (req) => treaties.records(actorOf(req), req.query),
  );

  app.post(
    '/api/treaties/records',
    {
      config: { access: { permission: Permission.LegislationTreatiesRecord } },
      schema: {
        tags,
        summary: 'Record a newer treaty action of your state with its source (the reference file’s rows stay as they are)',
        body: treatyRecordBody,
        response: { 201: record },
      },
    },
    async (req, reply) => reply.status(201).send(await treaties.record(actorOf(req), req.body)),
  );

  app.post(
    '/api/treaties/records/:id/validate',
    {
      config: { access: { permission: Permission.LegislationTreatiesValidate } },
      schema: {
        tags,
        summary: 'Validate a treaty record (a coordinator of another state): it then counts in the status',
        params: idParams,
        response: { 200: record },
      },
    },
    async (req) => treaties.review(actorOf(req), req.params.id, 'validated', null),
  );

  app.post(
    '/api/treaties/records/:id/return',
    {
      config: { access: { permission: Permission.LegislationTreatiesValidate } },
      schema: {
        tags,
        summary: 'Return a treaty record to its state with a reason (a coordinator of another state)',
        params: idParams,
        body: treatyReturnBody,
        response: { 200: record },
      },
    },
    async (req) => treaties.review(actorOf(req), req.params.id, 'returned', req.body.reason),
  );

  app.get(
    '/api/legislation/reference/imports',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The reference files loaded now and every import of them with what it added, removed and changed',
        response: { 200: referenceImportsResponse },
      },
    },
    async () => reference.history(),
  );

  app.post(
    '/api/legislation/reference/preview',
    {
      config: { access: { permission: Permission.LegislationReferenceImport } },
      bodyLimit: 5_000_000,
      schema: {
        tags,
        summary: 'What importing this version of treaties.csv, treaties-later.csv or laws.csv would add, remove and change (nothing is written)',
        body: referenceImportBody,
        response: { 200: referenceImportSchema },
      },
    },
    async (req) => reference.preview(req.body.file, req.body.csv, { date: req.body.snapshot, label: req.body.snapshotLabel, source: req.body.snapshotSource }),
  );

  app.post(
    '/api/legislation/reference/imports',
    {
      config: { access: { permission: Permission.LegislationReferenceImport } },
      bodyLimit: 5_000_000,
      schema: {
        tags,
        summary: 'Import a newer version of a reference file in one transaction; focal points’ records and confirmed laws are kept',
        body: referenceImportBody,
        response: { 201: referenceImportSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await reference.apply(
            actorOf(req),
            req.body.file,
            req.body.csv,
            { date: req.body.snapshot, label: req.body.snapshotLabel, source: req.body.snapshotSource },
            'admin',
          ),
        ),
  );
}
