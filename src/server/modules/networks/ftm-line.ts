// Reads one FollowTheMoney entity (a JSON Lines line or a mapped CSV row) into rows, or says exactly what is wrong with it.
import { captionOf, identifiersOf, isKnownSchema, isLinkSchema, kindOf, linkOf, namesOf, referenceLinksOf, type Properties } from './ftm.js';
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
  /** Two-letter FtM country codes to the ISO3 codes the portal uses. */
  iso3: (code: string) => string;
  today: string;
}

export type ParsedLine = { entity: EntityRow | null; links: LinkRow[] } | { error: string };

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function validDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return false;
  return true;
}

function propertiesOf(raw: unknown): Properties | string {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return 'properties must be an object of lists';
  const props: Properties = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    const strings: string[] = [];
    for (const v of list) {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'number' || typeof v === 'boolean') strings.push(String(v));
      else if (v !== null && v !== undefined) return `property ${key} holds something that is not text`;
    }
    if (strings.length) props[key] = strings;
  }
  return props;
}

function checkDates(props: Properties, today: string): string | null {
  for (const key of ['birthDate', 'deathDate', 'startDate', 'endDate', 'date', 'issueDate', 'expiryDate']) {
    for (const value of props[key] ?? []) {
      const day = value.slice(0, 10);
      if (!validDate(day)) return `${key} "${value}" is not a date (YYYY-MM-DD)`;
      if (key === 'birthDate' && day > today) return `birthDate ${value} is in the future`;
    }
  }
  return null;
}

function coordinates(props: Properties): { latitude: number | null; longitude: number | null } | string {
  const lat = props.latitude?.[0];
  const lon = props.longitude?.[0];
  if (lat === undefined && lon === undefined) return { latitude: null, longitude: null };
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (lat === undefined || lon === undefined || !Number.isFinite(latitude) || !Number.isFinite(longitude))
    return 'latitude and longitude must both be numbers';
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
    return `coordinates ${latitude}, ${longitude} are off the globe (latitude -90..90, longitude -180..180)`;
  return { latitude, longitude };
}

function provenanceOf(line: LineProvenance | undefined, ctx: LineContext): Provenance | string {
  const base = ctx.provenance;
  if (!line) return base;
  const classification = line.classification ?? base.classification;
  if (!ctx.allowedClassifications.includes(classification)) return `classification ${classification} is above what you may record`;
  const reliability = line.reliability ?? base.reliability;
  const credibility = line.credibility ?? base.credibility;
  if (reliability !== null && !/^[A-F]$/.test(reliability)) return `reliability ${reliability} is not A-F`;
  if (credibility !== null && !/^[1-6]$/.test(credibility)) return `credibility ${credibility} is not 1-6`;
  return {
    ...base, classification, reliability, credibility, sourceReport: line.report ?? base.sourceReport,
    releasableStates: line.releasableStates ?? base.releasableStates, releasableGroups: line.releasableGroups ?? base.releasableGroups,
  };
}

/** One FtM entity object: an entity (with the links its entity-valued properties imply) or a link. */
export function readFtmObject(value: unknown, ctx: LineContext): ParsedLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'a line must be one JSON object' };
  const obj = value as { id?: unknown; schema?: unknown; properties?: unknown; bali?: LineProvenance };
  if (typeof obj.id !== 'string' || !obj.id.trim() || obj.id.length > 200) return { error: 'id must be a non-empty text of at most 200 characters' };
  if (typeof obj.schema !== 'string') return { error: 'schema is missing' };
  if (!isKnownSchema(obj.schema)) return { error: `unknown schema "${obj.schema}"` };
  const props = propertiesOf(obj.properties);
  if (typeof props === 'string') return { error: props };
  const dateError = checkDates(props, ctx.today);
  if (dateError) return { error: dateError };
  const provenance = provenanceOf(obj.bali, ctx);
  if (typeof provenance === 'string') return { error: provenance };

  if (isLinkSchema(obj.schema)) {
    const shape = linkOf(obj.schema, props);
    if (typeof shape === 'string') return { error: shape };
    return {
      entity: null,
      links: [{ id: obj.id, schema: obj.schema, role: shape.role, sourceId: shape.source, targetId: shape.target,
        startDate: props.startDate?.[0] ?? props.date?.[0] ?? null, endDate: props.endDate?.[0] ?? null, properties: props, ...provenance }],
    };
  }
  const where = coordinates(props);
  if (typeof where === 'string') return { error: where };
  const kind = kindOf(obj.schema, props);
  const country = (code: string | undefined) => (code ? ctx.iso3(code) : null);
  const modusOperandi = [...(obj.bali?.modusOperandi ?? []), ...(props.keywords ?? []).filter((k) => k.startsWith('mo:')).map((k) => k.slice(3))];
  const entity: EntityRow = {
    id: obj.id, kind, schema: obj.schema, caption: captionOf(kind, props, obj.id), properties: props, names: namesOf(props),
    birthDate: props.birthDate?.[0] ?? null, nationality: country(props.nationality?.[0] ?? props.flag?.[0]),
    country: country(props.country?.[0] ?? props.jurisdiction?.[0]), identifiers: identifiersOf(props), ...where,
    startDate: props.startDate?.[0] ?? props.date?.[0] ?? props.issueDate?.[0] ?? null, endDate: props.endDate?.[0] ?? null,
    modusOperandi: [...new Set(modusOperandi)], ...provenance,
  };
  const links = referenceLinksOf(obj.id, props).map((l): LinkRow => ({
    id: `${obj.id}~${l.role}~${l.source === obj.id ? l.target : l.source}`, schema: 'UnknownLink', role: l.role, sourceId: l.source, targetId: l.target,
    startDate: null, endDate: null, properties: {}, ...provenance,
  }));
  return { entity, links };
}

export function readFtmLine(text: string, ctx: LineContext): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  return readFtmObject(value, ctx);
}
