// The one scorer: two records described with FtM schema names, scored with coded reasons. The API, watch-lists,
// cross-matching proposals and identity verification all call `scoreRecords`.

import type { MatchReason } from './reasons';
import { type MatchRecord, type MatchRecordType, prepareRecord } from './record';
import { scorePair } from './score';

/**
 * Score from which two records are declared the same: names alone at the best-F1 point of the dev split of the real
 * labelled pairs (see `namePivot` and docs/benchmarks-matching.md); reported on the held-out test split.
 */
export const defaultMatchThreshold = 0.5;

/**
 * Bulk cross-matching over whole catalogues proposes only pairs with more than a name in common (a birth date, a
 * document, a phone): at thousands of records, two people share a full name often enough to flood the queue.
 */
export const proposalThreshold = 0.93;

export interface ScoreRecordInput {
  /** A FollowTheMoney schema name: Person, Company, Organization, LegalEntity, PublicBody, Vessel, Phone... */
  schema: string;
  names: string[];
  birthDate?: string;
  /** ISO 3166-1 alpha-3 (or alpha-2) nationality; a vessel's flag. */
  nationality?: string;
  documents?: { type: string; number: string; country?: string }[];
  phones?: string[];
}

export interface ScoreResult {
  score: number;
  match: boolean;
  threshold: number;
  reasons: MatchReason[];
}

const organisationSchemas = new Set(['Company', 'Organization', 'PublicBody', 'LegalEntity', 'Asset']);

/** What kind of record an FtM schema is for matching; null when its records are not matched by name. */
export function matchTypeOfSchema(schema: string): MatchRecordType | null {
  if (schema === 'Person') return 'person';
  if (organisationSchemas.has(schema)) return 'organisation';
  if (schema === 'Vessel') return 'vessel';
  if (schema === 'Phone' || schema === 'UserAccount') return 'phone';
  return null;
}

/** LegalEntity is FtM's parent of Person and Organization: a record typed that loosely may be either. */
function resolveTypes(a: string, b: string): [MatchRecordType | null, MatchRecordType | null] {
  const ta = matchTypeOfSchema(a);
  const tb = matchTypeOfSchema(b);
  if (a === 'LegalEntity' && tb === 'person') return ['person', 'person'];
  if (b === 'LegalEntity' && ta === 'person') return ['person', 'person'];
  return [ta, tb];
}

function asRecord(input: ScoreRecordInput, type: MatchRecordType, id: string): MatchRecord {
  return {
    id,
    type,
    state: '',
    names: input.names,
    dob: input.birthDate,
    nationality: input.nationality,
    documents: input.documents ?? [],
    phones: input.phones ?? [],
  };
}

/** Scores two records; `threshold` overrides the default decision point. */
export function scoreRecords(a: ScoreRecordInput, b: ScoreRecordInput, threshold = defaultMatchThreshold): ScoreResult {
  const [ta, tb] = resolveTypes(a.schema, b.schema);
  const type = ta ?? tb ?? 'organisation';
  const pa = prepareRecord(asRecord(a, ta ?? type, 'a'), 0);
  const pb = prepareRecord(asRecord(b, tb ?? type, 'b'), 1);
  const { score, reasons } = scorePair(pa, pb, true);
  const rounded = Math.round(score * 10_000) / 10_000;
  return { score: rounded, match: rounded >= threshold, threshold, reasons };
}
