// The grading of intelligence: the Admiralty scale (source reliability A-F, information credibility 1-6) and, as data in
// this one place, its equivalent on the 4x4 scale (source A/B/C/X, information 1-4) shown beside it.
//
// Why this mapping: the two scales do not measure exactly the same things (the 4x4 information axis says how the
// source came to know it, the Admiralty one how credible it is), so the equivalent is conservative: it never reads
// stronger than the original grading. "Fairly reliable" (C) maps to 4x4 C rather than up to B; D and E (not usually
// reliable, unreliable) are 4x4 C; F (cannot be judged) is X. Credibility 1-3 keep their number; 4, 5 and 6 (doubtful,
// improbable, cannot be judged) are all 4x4 4 ("cannot be corroborated").

export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITIES = ['1', '2', '3', '4', '5', '6'] as const;
export type Reliability = (typeof RELIABILITIES)[number];
export type Credibility = (typeof CREDIBILITIES)[number];

export const ADMIRALTY = {
  reliability: {
    A: { label: 'Completely reliable', fourByFour: 'A' },
    B: { label: 'Usually reliable', fourByFour: 'B' },
    C: { label: 'Fairly reliable', fourByFour: 'C' },
    D: { label: 'Not usually reliable', fourByFour: 'C' },
    E: { label: 'Unreliable', fourByFour: 'C' },
    F: { label: 'Reliability cannot be judged', fourByFour: 'X' },
  },
  credibility: {
    '1': { label: 'Confirmed by other sources', fourByFour: '1' },
    '2': { label: 'Probably true', fourByFour: '2' },
    '3': { label: 'Possibly true', fourByFour: '3' },
    '4': { label: 'Doubtful', fourByFour: '4' },
    '5': { label: 'Improbable', fourByFour: '4' },
    '6': { label: 'Truth cannot be judged', fourByFour: '4' },
  },
} as const satisfies {
  reliability: Record<Reliability, { label: string; fourByFour: string }>;
  credibility: Record<Credibility, { label: string; fourByFour: string }>;
};

export const FOUR_BY_FOUR = {
  source: {
    A: 'No doubt of authenticity, trustworthiness and competence',
    B: 'Information from this source has in most instances proved reliable',
    C: 'Information from this source has in most instances proved unreliable',
    X: 'Reliability cannot be assessed',
  },
  information: {
    '1': 'Known to be true without reservation',
    '2': 'Known personally to the source but not to the officer passing it on',
    '3': 'Not known personally to the source but corroborated',
    '4': 'Cannot be judged or corroborated',
  },
} as const;

export interface Grading {
  admiralty: string;
  fourByFour: string;
  reliability: { code: Reliability; label: string };
  credibility: { code: Credibility; label: string };
}

export function grading(reliability: Reliability, credibility: Credibility): Grading {
  const r = ADMIRALTY.reliability[reliability];
  const c = ADMIRALTY.credibility[credibility];
  return {
    admiralty: `${reliability}${credibility}`,
    fourByFour: `${r.fourByFour}${c.fourByFour}`,
    reliability: { code: reliability, label: r.label },
    credibility: { code: credibility, label: c.label },
  };
}
