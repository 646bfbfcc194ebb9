// Request and response shapes of the networks API.
import { z } from 'zod';
import { check } from '../../i18n/validation.js';
import { isoDate } from '../accounts/schemas.js';
import { ALL_KINDS, ENTITY_KINDS, LINK_ROLES } from './ftm.js';

const classification = z.enum(['members', 'restricted', 'confidential', 'secret']);
const stateCode = z.string().regex(/^[A-Z]{3}$/, check.stateCode);
const groupCode = z.string().min(2).max(40);

/** Where a fact comes from and who may see it: recorded with every entity, link and fact. */
export const provenanceInput = {
  classification,
  releasableStates: z.array(stateCode).max(60).default([]),
  releasableGroups: z.array(groupCode).max(20).default([]),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  credibility: z.enum(['1', '2', '3', '4', '5', '6']),
  report: z.string().trim().min(1).max(200).optional(),
};

const text = z.string().trim().min(1).max(300);

export const entityInput = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  name: text,
  aliases: z.array(text).max(50).optional(),
  birthDate: isoDate.optional(),
  nationality: stateCode.optional(),
  country: stateCode.optional(),
  /** Passport or document number, vehicle registration, phone number, account number. */
  number: text.optional(),
  documentType: z.enum(['passport', 'national_id', 'visa', 'seaman_book', 'other']).optional(),
  documentStatus: z.enum(['genuine', 'fraudulent', 'lost_stolen']).optional(),
  flag: stateCode.optional(),
  imo: z
    .string()
    .regex(/^(IMO)?\s?\d{7}$/i)
    .optional(),
  mmsi: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  email: z.email().optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  eventType: z.enum(['interception', 'arrest', 'departure', 'landing', 'payment']).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  /** Legs: the route they belong to, how, from and to which places, through which, how many people. */
  routeId: z.string().max(200).optional(),
  mode: z.enum(['sea', 'air', 'land']).optional(),
  fromPlace: z.string().max(200).optional(),
  toPlace: z.string().max(200).optional(),
  transitPlaces: z.array(z.string().max(200)).max(20).optional(),
  peopleMoved: z.number().int().min(0).max(100000).optional(),
  modusOperandi: z.array(z.string().max(100)).max(20).optional(),
  ...provenanceInput,
});
export type EntityInput = z.infer<typeof entityInput>;

export const linkInput = z.strictObject({
  role: z.enum(LINK_ROLES),
  sourceId: z.string().min(1).max(200),
  targetId: z.string().min(1).max(200),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  ...provenanceInput,
});
export type LinkInput = z.infer<typeof linkInput>;

export const factInput = z.strictObject({ property: z.string().regex(/^[a-zA-Z]{2,40}$/), value: text, ...provenanceInput });

export const importQuery = z.strictObject({
  classification: classification.default('restricted'),
  releasableStates: z
    .string()
    .regex(/^([A-Z]{3})(,[A-Z]{3})*$/)
    .optional(),
  releasableGroups: z.string().max(400).optional(),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).default('F'),
  credibility: z.enum(['1', '2', '3', '4', '5', '6']).default('6'),
  report: z.string().max(200).optional(),
});

export const csvImportQuery = importQuery.extend({
  schema: z.string().regex(/^[A-Za-z]{2,40}$/),
  /** JSON object: FtM property -> CSV column header, e.g. {"id":"Ref","name":"Full name","birthDate":"DOB"}. */
  mapping: z.string().min(2).max(4000),
});

/** An import job: what `POST /api/networks/import` answers and `GET /api/networks/imports/{id}` reads back. */
export { importView as importResponse } from '../../imports/schemas.js';

const provenanceOut = {
  sourceState: z.string().nullable(),
  sourceReport: z.string().nullable(),
  reliability: z.string().nullable(),
  credibility: z.string().nullable(),
  ownerState: z.string().nullable(),
  classification: z.string(),
  releasableStates: z.array(z.string()),
  releasableGroups: z.array(z.string()),
  demo: z.boolean(),
};

export const entityOut = z.object({
  id: z.string(),
  kind: z.string(),
  schema: z.string(),
  caption: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
  names: z.array(z.string()),
  birthDate: z.string().nullable(),
  nationality: z.string().nullable(),
  country: z.string().nullable(),
  identifiers: z.array(z.string()),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  modusOperandi: z.array(z.string()),
  mergedInto: z.string().nullable(),
  ...provenanceOut,
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const linkOut = z.object({
  id: z.string(),
  schema: z.string(),
  role: z.string(),
  sourceId: z.string(),
  targetId: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  properties: z.record(z.string(), z.array(z.string())),
  weight: z.number().nullable(),
  derivedFrom: z.string().nullable(),
  ...provenanceOut,
});

export const entityDetailOut = z.object({
  entity: entityOut,
  links: z.array(linkOut),
  facts: z.array(
    z.object({
      id: z.number(),
      property: z.string(),
      value: z.string(),
      sourceState: z.string().nullable(),
      reliability: z.string().nullable(),
      credibility: z.string().nullable(),
      classification: z.string(),
    }),
  ),
  related: z.array(z.object({ id: z.string(), kind: z.string(), schema: z.string(), caption: z.string() })),
  /** Sanctions you may read that name this entity: a badge each, with the sanction's own properties. */
  sanctions: z.array(
    z.object({ id: z.string(), caption: z.string(), properties: z.record(z.string(), z.array(z.string())), sourceState: z.string().nullable() }),
  ),
  /** Ids that links of this entity name but that are not in the portal (dangling references, kept). */
  missing: z.array(z.string()),
  /** The FtM schema, to show any schema's properties with their labels. */
  schema: z
    .object({
      name: z.string(),
      label: z.string(),
      edge: z.boolean(),
      properties: z.array(z.object({ name: z.string(), label: z.string(), type: z.string() })),
    })
    .nullable(),
});

export const entitiesQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(ALL_KINDS).optional(),
  /** An FtM schema name (Sanction, Ownership's ends, RealEstate ...). */
  schema: z
    .string()
    .regex(/^[A-Za-z]{2,40}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** Why an entity ranks as a likely organiser: a code and its figures, for the app to say in the reader's language. */
const measure = z.enum(['betweenness', 'pageRank']);
export const organiserReasonOut = z.discriminatedUnion('code', [
  z.object({ code: z.literal('role'), params: z.object({ role: z.string(), count: z.number() }), text: z.string() }),
  z.object({ code: z.literal('highest'), params: z.object({ measure }), text: z.string() }),
  z.object({ code: z.literal('top'), params: z.object({ measure, percent: z.number() }), text: z.string() }),
  z.object({ code: z.literal('bridges'), params: z.object({ count: z.number() }), text: z.string() }),
]);

export const graphNodeOut = z.object({
  id: z.string(),
  kind: z.string(),
  caption: z.string(),
  country: z.string().nullable(),
  grading: z.string().nullable(),
  demo: z.boolean(),
  merged: z.array(z.string()),
  sanctions: z.number(),
});
export const graphEdgeOut = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  role: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  grading: z.string().nullable(),
  weight: z.number().nullable(),
});

const csvList = z
  .string()
  .max(1000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
export const graphQuery = z.strictObject({
  kinds: csvList.optional(),
  roles: csvList.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  maxReliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  maxCredibility: z.enum(['1', '2', '3', '4', '5', '6']).optional(),
});

export const exportQuery = z.strictObject({
  format: z.enum(['ftm', 'csv', 'graphml']).default('ftm'),
  ids: csvList.optional(),
  what: z.enum(['entities', 'links']).default('entities'),
});

export { matchOut } from './matching-schemas.js';
