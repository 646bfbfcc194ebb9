// Reads one FollowTheMoney entity (a JSON Lines line or a mapped CSV row) through the FtM model into rows, or says
// exactly what is wrong with it. Any schema of the model is read; what the line carries is kept whole for export.

import { isStoredText, type StoredText, stored } from '../../i18n/stored.js';
import type { Text } from '../../i18n/text.js';
import type { Properties } from './ftm.js';
import { ftmSchema, type SchemaSpec } from './ftm-model.js';
import { captionOf, identifiersOf, impliedLinksOf, kindOf, namesOf, roleOfEdge, searchTextOf, weightOf } from './ftm-reading.js';
import { lineSay } from './import-messages.js';
import type { EntityRow, LinkRow, Provenance } from './store.js';

/** Optional per-line provenance carried beside the FtM fields (exported the same way, so nothing is lost). */
export interface LineProvenance {
  classification?: string;
  reliability?: string;
  credibility?: string;
  report?: string;
  releasableStates?: string[];
  releasableGroups?: string[];
  modusOperandi?: string[];
}

export interface LineContext {
  /** Provenance of the whole import (the importing user's state, the grading they gave). */
  provenance: Provenance;
  /** Classifications the importing user may write (at or below their clearance). */
  allowedClassifications: readonly string[];
  /**
   * Two-letter FtM country codes (upper case) to the ISO3 codes the portal uses; any other code is kept, upper-cased.
   * Plain data, not a function: the context is sent to the import's worker threads.
   */
  countries: Readonly<Record<string, string>>;
  today: string;
}

/** A remark about a line that was kept: `key` groups the same remark over many lines (reported once, with a count). */
export interface LineNotice {
  key: string;
  message: StoredText;
}

/** A line read, or why it was refused: words kept as data, so that they cross threads and are said in the reader's language. */
export type ParsedLine = { entity: EntityRow | null; links: LinkRow[]; notices: LineNotice[] } | Refused;

type Refused = { error: StoredText };
const refused = (text: Text): Refused => ({ error: stored(text) });
/** Whether a step answered a refusal (a property may itself be called "error": its value is a list, never a stored text). */
const isRefused = (value: object): value is Refused => isStoredText((value as Partial<Refused>).error);

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function validDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return false;
  return true;
}

/** The properties as lists of text (the caller has made every string storable: see import.ts). */
function propertiesOf(raw: unknown): Properties | Refused {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return refused(lineSay('propertiesShape'));
  const props: Properties = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    const strings: string[] = [];
    for (const v of list) {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'number' || typeof v === 'boolean') strings.push(String(v));
      else if (v !== null && v !== undefined) return refused(lineSay('propertyNotText', { property: key }));
    }
    if (strings.length) props[key] = strings;
  }
  return props;
}

function checkDates(schema: SchemaSpec, props: Properties, today: string): Refused | null {
  for (const [key, values] of Object.entries(props)) {
    if (schema.properties.get(key)?.type !== 'date') continue;
    for (const value of values) {
      const day = value.slice(0, 10);
      if (!validDate(day)) return refused(lineSay('notDate', { property: key, value }));
      if (key === 'birthDate' && day > today) return refused(lineSay('bornInFuture', { value }));
    }
  }
  return null;
}

function coordinates(props: Properties): { latitude: number | null; longitude: number | null } | Refused {
  const lat = props.latitude?.[0];
  const lon = props.longitude?.[0];
  if (lat === undefined && lon === undefined) return { latitude: null, longitude: null };
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (lat === undefined || lon === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return refused(lineSay('coordinatesNotNumbers'));
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
    return refused(lineSay('offGlobe', { latitude: String(latitude), longitude: String(longitude) }));
  return { latitude, longitude };
}

function provenanceOf(line: LineProvenance | undefined, ctx: LineContext): Provenance | Refused {
  const base = ctx.provenance;
  if (!line) return base;
  const classification = line.classification ?? base.classification;
  if (!ctx.allowedClassifications.includes(classification)) return refused(lineSay('aboveClearance', { classification }));
  const reliability = line.reliability ?? base.reliability;
  const credibility = line.credibility ?? base.credibility;
  if (reliability !== null && !/^[A-F]$/.test(reliability)) return refused(lineSay('reliability', { value: reliability }));
  if (credibility !== null && !/^[1-6]$/.test(credibility)) return refused(lineSay('credibility', { value: credibility }));
  return {
    ...base,
    classification,
    reliability,
    credibility,
    sourceReport: line.report ?? base.sourceReport,
    releasableStates: line.releasableStates ?? base.releasableStates,
    releasableGroups: line.releasableGroups ?? base.releasableGroups,
  };
}

/** Top-level keys FtM tools add beside id, schema and properties (datasets, referents, first_seen ...), kept for export. */
function contextOf(obj: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'id' || key === 'schema' || key === 'properties' || key === 'bali') continue;
    context[key] = value ?? null;
  }
  return context;
}

function unknownProperties(schema: SchemaSpec, props: Properties, notices: LineNotice[]): void {
  for (const key of Object.keys(props))
    if (!schema.properties.has(key))
      notices.push({ key: `unknown:${schema.name}.${key}`, message: stored(lineSay('unknownProperty', { property: key, schema: schema.name })) });
}

/** The portal's ISO3 code of a country an FtM line names (FtM writes two-letter codes). */
export function countryOf(ctx: LineContext, code: string): string {
  const upper = code.toUpperCase();
  return (upper.length === 2 && ctx.countries[upper]) || upper;
}

/** One FtM entity object: an entity (with the links its entity-valued properties imply) or an edge (a link). */
export function readFtmObject(value: unknown, ctx: LineContext): ParsedLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refused(lineSay('notObject'));
  const obj = value as { id?: unknown; schema?: unknown; properties?: unknown; bali?: LineProvenance };
  if (typeof obj.id !== 'string' || !obj.id.trim() || obj.id.length > 200) return refused(lineSay('badId'));
  if (typeof obj.schema !== 'string') return refused(lineSay('noSchema'));
  const schema = ftmSchema(obj.schema);
  if (!schema) return refused(lineSay('unknownSchema', { schema: obj.schema.slice(0, 60) }));
  const notices: LineNotice[] = [];
  const props = propertiesOf(obj.properties);
  if (isRefused(props)) return props;
  const dateError = checkDates(schema, props, ctx.today);
  if (dateError) return dateError;
  const provenance = provenanceOf(obj.bali, ctx);
  if (isRefused(provenance)) return provenance;
  unknownProperties(schema, props, notices);
  const context = contextOf(obj as Record<string, unknown>);

  if (schema.edge) {
    const source = props[schema.edge.source]?.[0];
    const target = props[schema.edge.target]?.[0];
    if (!source || !target) return refused(lineSay('edgeEnds', { schema: schema.name, source: schema.edge.source, target: schema.edge.target }));
    return {
      entity: null,
      notices,
      links: [
        {
          id: obj.id,
          schema: schema.name,
          role: roleOfEdge(schema, props),
          sourceId: source,
          targetId: target,
          startDate: props.startDate?.[0] ?? props.date?.[0] ?? null,
          endDate: props.endDate?.[0] ?? null,
          properties: props,
          context,
          derivedFrom: null,
          weight: weightOf(schema, props),
          ...provenance,
        },
      ],
    };
  }
  const where = coordinates(props);
  if (isRefused(where)) return where;
  const kind = kindOf(schema, props);
  const country = (code: string | undefined) => (code ? countryOf(ctx, code) : null);
  const modusOperandi = [...(obj.bali?.modusOperandi ?? []), ...(props.keywords ?? []).filter((k) => k.startsWith('mo:')).map((k) => k.slice(3))];
  const names = kind === 'sanction' ? [] : namesOf(props);
  const identifiers = identifiersOf(schema, props);
  const caption = captionOf(schema, props, names, identifiers);
  const entity: EntityRow = {
    id: obj.id,
    kind,
    schema: schema.name,
    caption,
    properties: props,
    context,
    names,
    birthDate: props.birthDate?.[0] ?? null,
    nationality: country(props.nationality?.[0] ?? props.citizenship?.[0] ?? props.flag?.[0]),
    country: country(props.country?.[0] ?? props.jurisdiction?.[0]),
    identifiers,
    ...where,
    startDate: props.startDate?.[0] ?? props.date?.[0] ?? props.issueDate?.[0] ?? null,
    endDate: props.endDate?.[0] ?? null,
    modusOperandi: [...new Set(modusOperandi)],
    searchText: searchTextOf(obj.id, caption, names, identifiers),
    ...provenance,
  };
  const id = obj.id;
  const links = impliedLinksOf(id, schema, props).map(
    (l): LinkRow => ({
      id: `${id}~${l.role}~${l.source === id ? l.target : l.source}`,
      schema: 'UnknownLink',
      role: l.role,
      sourceId: l.source,
      targetId: l.target,
      startDate: null,
      endDate: null,
      properties: {},
      context: {},
      derivedFrom: id,
      weight: null,
      ...provenance,
    }),
  );
  return { entity, links, notices };
}

/** One line of JSON Lines whose strings are storable (import.ts cleans them first). */
export function readFtmLine(text: string, ctx: LineContext): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refused(lineSay('notJson', { reason: (error as Error).message.slice(0, 200) }));
  }
  return readFtmObject(value, ctx);
}
