// The staging tables' rows in PostgreSQL's COPY text format: one entity or link a line, columns in the order below.
// Built on the import's worker threads (import-lines.ts) and, for CSV rows, on the main thread (import.ts).
import { copyBool, copyJson, copyNumber, copyText, copyTextArray } from '../../db/copy.js';
import type { EntityRow, LinkRow, Provenance } from './store.js';

/** The provenance columns that end both staging rows, in the order provenanceCells writes them. */
const PROVENANCE_COLUMNS = [
  'source_state',
  'source_report',
  'reliability',
  'credibility',
  'owner_state',
  'classification',
  'releasable_states',
  'releasable_groups',
  'handling_codes',
  'demo',
] as const;

export const STAGED_ENTITY_COLUMNS = [
  'import_id',
  'line',
  'id',
  'kind',
  'schema',
  'caption',
  'properties',
  'context',
  'names',
  'birth_date',
  'nationality',
  'country',
  'identifiers',
  'latitude',
  'longitude',
  'start_date',
  'end_date',
  'modus_operandi',
  'search_text',
  ...PROVENANCE_COLUMNS,
] as const;

export const STAGED_LINK_COLUMNS = [
  'import_id',
  'line',
  'id',
  'schema',
  'role',
  'source_id',
  'target_id',
  'start_date',
  'end_date',
  'properties',
  'context',
  'derived_from',
  'weight',
  ...PROVENANCE_COLUMNS,
] as const;

function provenanceCells(p: Provenance): string {
  return [
    copyText(p.sourceState),
    copyText(p.sourceReport),
    copyText(p.reliability),
    copyText(p.credibility),
    copyText(p.ownerState),
    copyText(p.classification),
    copyTextArray(p.releasableStates),
    copyTextArray(p.releasableGroups),
    copyTextArray(p.handlingCodes),
    copyBool(p.demo),
  ].join('\t');
}

export function entityLine(importId: string, line: number, e: EntityRow): string {
  return `${[
    importId,
    String(line),
    copyText(e.id),
    copyText(e.kind),
    copyText(e.schema),
    copyText(e.caption),
    copyJson(e.properties),
    copyJson(e.context),
    copyTextArray(e.names),
    copyText(e.birthDate),
    copyText(e.nationality),
    copyText(e.country),
    copyTextArray(e.identifiers),
    copyNumber(e.latitude),
    copyNumber(e.longitude),
    copyText(e.startDate),
    copyText(e.endDate),
    copyTextArray(e.modusOperandi),
    copyText(e.searchText),
    provenanceCells(e),
  ].join('\t')}\n`;
}

export function linkLine(importId: string, line: number, l: LinkRow): string {
  return `${[
    importId,
    String(line),
    copyText(l.id),
    copyText(l.schema),
    copyText(l.role),
    copyText(l.sourceId),
    copyText(l.targetId),
    copyText(l.startDate),
    copyText(l.endDate),
    copyJson(l.properties),
    copyJson(l.context),
    copyText(l.derivedFrom),
    copyNumber(l.weight),
    provenanceCells(l),
  ].join('\t')}\n`;
}
