// Records of the criminal networks catalogue that resemble a request's person: candidates found by name among the persons
// the viewer may read, scored by the one scorer (networks/matching/scorer.ts) on names in any script, birth and nationality.

import type { Subject } from '../../access/subject.js';
import { type ScoreRecordInput, scoreRecords } from '../networks/matching/scorer.js';
import type { Person } from './schemas.js';

/** The networks service as this needs it: a search over what the viewer may read (readableBy in SQL). */
export interface PersonSearch {
  search(
    subject: Subject,
    filter: { q?: string; kind?: string; limit: number },
  ): Promise<{
    entities: {
      id: string;
      caption: string;
      names: string[];
      birthDate: string | null;
      nationality: string | null;
      ownerState: string | null;
      classification: string;
      mergedInto: string | null;
    }[];
  }>;
}

/** Shown from this score up: above the scorer's best-F1 point for names alone, so a shared common name is not enough. */
export const RESEMBLANCE_THRESHOLD = 0.7;
const MAX_SHOWN = 10;

/** Search terms: each name as written, and the longest word of each Latin reading (family names are the rarest words). */
export function searchTerms(person: Person): string[] {
  const terms = new Set<string>();
  for (const n of person.names) {
    terms.add(n.name);
    const longest = n.latin
      .split(/[\s'-]+/)
      .filter((w) => w.length >= 3)
      .sort((a, b) => b.length - a.length)[0];
    if (longest) terms.add(longest);
  }
  return [...terms].slice(0, 8);
}

export async function resemblances(networks: PersonSearch, viewer: Subject, person: Person) {
  const candidates = new Map<string, Awaited<ReturnType<PersonSearch['search']>>['entities'][number]>();
  for (const q of searchTerms(person))
    for (const e of (await networks.search(viewer, { q, kind: 'person', limit: 50 })).entities) if (!e.mergedInto) candidates.set(e.id, e);
  const asked: ScoreRecordInput = {
    schema: 'Person',
    names: [...new Set(person.names.flatMap((n) => [n.name, n.latin]))],
    birthDate: person.birthDate ?? undefined,
    nationality: person.claimedNationality,
    documents: person.documents.map((d) => ({ type: d.type, number: d.number, country: d.issuingState })),
  };
  return [...candidates.values()]
    .map((e) => ({
      e,
      result: scoreRecords(
        asked,
        { schema: 'Person', names: e.names, birthDate: e.birthDate ?? undefined, nationality: e.nationality ?? undefined },
        RESEMBLANCE_THRESHOLD,
      ),
    }))
    .filter((x) => x.result.match)
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, MAX_SHOWN)
    .map(({ e, result }) => ({
      entityId: e.id,
      caption: e.caption,
      ownerState: e.ownerState,
      classification: e.classification,
      birthDate: e.birthDate,
      nationality: e.nationality,
      score: result.score,
      reasons: result.reasons.map((r) => ({ code: r.code, params: r.params, text: r.text })),
    }));
}
