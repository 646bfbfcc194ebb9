// Frozen copy of the matcher as it stood before issue 13 (commit 49071fa), kept as the bench's "previous scorer" baseline.
// Scores a candidate pair of records (person, vessel, phone): evidence weights summed as log-odds, 0..1, with reasons.
import { bestNamePair } from './name-similarity';
import type { BirthDate, NormalisedName } from './normalise';
import type { PreparedRecord } from './record';

export interface PairScore {
  score: number;
  /** Human-readable evidence (names, documents, phones, birth date, nationality); only when asked for. */
  reasons: string[];
}

/** Log-odds weights: what each kind of evidence says about "same entity". Tuned on the labelled synthetic set. */
const weights = {
  prior: { person: -6, vessel: -4, phone: -4 },
  sameDocument: 8,
  sameDocumentTypeDifferentNumber: -1,
  samePhone: 4,
  sameImo: 10,
  differentImo: -8,
  sameMmsi: 5,
  differentMmsi: -1,
  dobExact: 3.5,
  dobDayMonthSwapped: 2.5,
  dobSameYearPartial: 0.5,
  dobSameYearDifferentDay: -2.5,
  dobDifferentYear: -4,
  sameNationality: 0.5,
  differentNationality: -1,
};

/** Name similarity to log-odds: 1.0 strongly for, 0.8 neutral, below 0.7 strongly against. */
function nameWeight(similarity: number, type: PreparedRecord['type']): number {
  // A vessel is renamed with each sale and a phone changes hands: their names are weaker evidence.
  const scale = type === 'person' ? 1 : 0.5;
  if (similarity >= 0.9) return scale * (3.5 + (similarity - 0.9) * 25);
  if (similarity >= 0.8) return scale * (similarity - 0.8) * 35;
  if (similarity >= 0.7) return scale * (similarity - 0.8) * 30;
  return scale * -5;
}

function formatDate(d: BirthDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month ? (d.day ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`) : String(d.year);
}

function dobEvidence(a: BirthDate | null, b: BirthDate | null, reasons: string[] | null): number {
  if (!a || !b) return 0;
  if (a.year !== b.year) {
    reasons?.push(`different dates of birth ${formatDate(a)} / ${formatDate(b)}`);
    return weights.dobDifferentYear;
  }
  const full = a.day && b.day;
  if (full && a.month === b.month && a.day === b.day) {
    reasons?.push(`same date of birth ${formatDate(a)}`);
    return weights.dobExact;
  }
  if (full && a.month === b.day && a.day === b.month) {
    reasons?.push(`date of birth with day and month swapped ${formatDate(a)} / ${formatDate(b)}`);
    return weights.dobDayMonthSwapped;
  }
  if (full || (a.month && b.month && a.month !== b.month)) {
    reasons?.push(`same birth year, different dates ${formatDate(a)} / ${formatDate(b)}`);
    return weights.dobSameYearDifferentDay;
  }
  reasons?.push(`same birth year ${a.year}`);
  return weights.dobSameYearPartial;
}

function documentEvidence(a: PreparedRecord, b: PreparedRecord, reasons: string[] | null): number {
  let total = 0;
  let sameTypeDifferent: string | null = null;
  for (const da of a.documents) {
    for (const db of b.documents) {
      if (da.number === db.number) {
        const type = da.type === db.type ? da.type : `${da.type}/${db.type}`;
        const w = type === 'imo' ? weights.sameImo : type === 'mmsi' ? weights.sameMmsi : weights.sameDocument;
        if (w > total) total = w;
        reasons?.push(`same ${type === 'imo' || type === 'mmsi' ? type.toUpperCase() : type} number ${da.number}`);
        // Issued by the same state with the same type and another number: renewal or another person.
      } else if (da.type === db.type && (!da.country || !db.country || da.country === db.country)) {
        sameTypeDifferent = da.type;
      }
    }
  }
  if (total > 0) return total;
  if (sameTypeDifferent) {
    const w =
      sameTypeDifferent === 'imo' ? weights.differentImo : sameTypeDifferent === 'mmsi' ? weights.differentMmsi : weights.sameDocumentTypeDifferentNumber;
    reasons?.push(`different ${sameTypeDifferent === 'imo' || sameTypeDifferent === 'mmsi' ? sameTypeDifferent.toUpperCase() : sameTypeDifferent} numbers`);
    return w;
  }
  return 0;
}

function phoneEvidence(a: PreparedRecord, b: PreparedRecord, reasons: string[] | null): number {
  for (const pa of a.phones) {
    if (b.phones.includes(pa)) {
      reasons?.push(`same phone number ${pa}`);
      return weights.samePhone * (a.type === 'phone' && b.type === 'phone' ? 2 : 1);
    }
  }
  return 0;
}

function nameReason(similarity: number, a: NormalisedName, b: NormalisedName): string {
  const shown = similarity.toFixed(2);
  if (a.original === b.original) return `same name ${a.original}`;
  if (similarity >= 0.85) {
    const how = a.script !== b.script || a.script !== 'latin' ? 'after transliteration' : 'as spelling variants';
    return `names match ${how}: ${a.original} ~ ${b.original} (${shown})`;
  }
  return `names differ: ${a.original} / ${b.original} (${shown})`;
}

function nationalityEvidence(a: PreparedRecord, b: PreparedRecord, reasons: string[] | null): number {
  if (!a.nationality || !b.nationality) return 0;
  const label = a.type === 'vessel' ? 'flag' : 'nationality';
  if (a.nationality === b.nationality) {
    reasons?.push(`same ${label} ${a.nationality}`);
    return weights.sameNationality;
  }
  reasons?.push(`different ${label} ${a.nationality} / ${b.nationality}`);
  return weights.differentNationality;
}

/** Score two records of the same type; pass `explain` to get the reasons (skip it in bulk passes). */
export function scorePair(a: PreparedRecord, b: PreparedRecord, explain = false): PairScore {
  const reasons: string[] | null = explain ? [] : null;
  if (a.type !== b.type) return { score: 0, reasons: reasons ? ['different kinds of record'] : [] };
  let logOdds = weights.prior[a.type];
  const names = bestNamePair(a.names, b.names);
  if (names.a && names.b) {
    logOdds += nameWeight(names.similarity, a.type);
    reasons?.push(nameReason(names.similarity, names.a, names.b));
  }
  logOdds += documentEvidence(a, b, reasons);
  logOdds += phoneEvidence(a, b, reasons);
  if (a.type === 'person') logOdds += dobEvidence(a.dob, b.dob, reasons);
  logOdds += nationalityEvidence(a, b, reasons);
  return { score: 1 / (1 + Math.exp(-logOdds)), reasons: reasons ?? [] };
}
