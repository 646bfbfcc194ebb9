// Scores a candidate pair of records (person, organisation, vessel, phone): evidence as log-odds, 0..1, with coded reasons.
import { bestNamePair } from './name-similarity';
import type { BirthDate, NormalisedName } from './normalise';
import { type MatchReason, reason } from './reasons';
import type { PreparedRecord } from './record';

export interface PairScore {
  score: number;
  /** The evidence (names, documents, phones, birth date, nationality); only when asked for. */
  reasons: MatchReason[];
}

/**
 * Log-odds weights: what each kind of evidence says about "same entity". The name curve and the prior were set on
 * the dev split of the real labelled pairs (data/matching/name-pairs.tsv); the other weights on the synthetic set.
 */
const weights = {
  prior: { person: 0, organisation: 0, vessel: -0.5, phone: -1 },
  sameDocument: 6,
  sameDocumentTypeDifferentNumber: -1,
  samePhone: 3,
  sameImo: 10,
  differentImo: -8,
  sameMmsi: 4,
  differentMmsi: -1,
  dobExact: 3,
  dobDayMonthSwapped: 2,
  dobSameYearPartial: 0.2,
  dobSameYearDifferentDay: -2.5,
  dobDifferentYear: -5,
  sameNationality: 0.2,
  differentNationality: -1,
  sameLegalFamily: 0.3,
  differentLegalFamily: -0.7,
};

/** Name similarity at which names alone leave the odds even: the best-F1 point on the dev split of the real pairs. */
export const namePivot = 0.58;

/**
 * A shared birth date counts in full only once the names agree this much. Blocking puts the records born on one day
 * side by side (key T), so among the pairs scored at a million records, strangers sharing a birth date are common and
 * their names sit just below the pivot; a full date's +3 lifted them over the proposal threshold. Between the pivot
 * and this similarity the date's positive evidence grows from nothing to full. Set on the synthetic population at
 * 100,000 records (0.85 cost more recall for the same precision); the real labelled pairs carry no birth dates.
 */
const dobCountsFullyFrom = 0.75;

function dobAgreementShare(nameSimilarity: number): number {
  return Math.min(1, Math.max(0, (nameSimilarity - namePivot) / (dobCountsFullyFrom - namePivot)));
}

/**
 * Name similarity to log-odds: gentle above the pivot (names alone never make a certainty: at 1.0 they give 0.87),
 * steep below it (clearly different names outweigh a shared birth date).
 */
export function nameWeight(similarity: number, type: PreparedRecord['type']): number {
  // A vessel is renamed with each sale and a phone changes hands: their names are weaker evidence.
  const scale = type === 'vessel' || type === 'phone' ? 0.5 : 1;
  return scale * (similarity >= namePivot ? 4.5 * (similarity - namePivot) : 15 * (similarity - namePivot));
}

function formatDate(d: BirthDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month ? (d.day ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`) : String(d.year);
}

/** Birth-date evidence; a positive one scaled by `share` (how far the names agree, see dobAgreementShare). */
function dobEvidence(a: BirthDate | null, b: BirthDate | null, reasons: MatchReason[] | null, share = 1): number {
  if (!a || !b) return 0;
  if (a.year !== b.year) {
    reasons?.push(reason('birthDate.differs', weights.dobDifferentYear, { a: formatDate(a), b: formatDate(b) }));
    return weights.dobDifferentYear;
  }
  const full = a.day && b.day;
  if (full && a.month === b.month && a.day === b.day) {
    const w = weights.dobExact * share;
    reasons?.push(reason('birthDate.same', w, { date: formatDate(a) }));
    return w;
  }
  if (full && a.month === b.day && a.day === b.month) {
    const w = weights.dobDayMonthSwapped * share;
    reasons?.push(reason('birthDate.swapped', w, { a: formatDate(a), b: formatDate(b) }));
    return w;
  }
  if (full || (a.month && b.month && a.month !== b.month)) {
    reasons?.push(reason('birthDate.sameYearDifferentDay', weights.dobSameYearDifferentDay, { a: formatDate(a), b: formatDate(b) }));
    return weights.dobSameYearDifferentDay;
  }
  const w = weights.dobSameYearPartial * share;
  reasons?.push(reason('birthDate.sameYear', w, { year: a.year }));
  return w;
}

const shownType = (type: string) => (type === 'imo' || type === 'mmsi' ? type.toUpperCase() : type);

function documentEvidence(a: PreparedRecord, b: PreparedRecord, reasons: MatchReason[] | null): number {
  let total = 0;
  let sameTypeDifferent: string | null = null;
  for (const da of a.documents) {
    for (const db of b.documents) {
      if (da.number === db.number) {
        const type = da.type === db.type ? da.type : `${da.type}/${db.type}`;
        const w = type === 'imo' ? weights.sameImo : type === 'mmsi' ? weights.sameMmsi : weights.sameDocument;
        if (w > total) total = w;
        reasons?.push(reason('document.same', w, { type: shownType(type), number: da.number }));
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
    reasons?.push(reason('document.differs', w, { type: shownType(sameTypeDifferent) }));
    return w;
  }
  return 0;
}

function phoneEvidence(a: PreparedRecord, b: PreparedRecord, reasons: MatchReason[] | null): number {
  for (const pa of a.phones) {
    if (b.phones.includes(pa)) {
      const w = weights.samePhone * (a.type === 'phone' && b.type === 'phone' ? 2 : 1);
      reasons?.push(reason('phone.same', w, { number: pa }));
      return w;
    }
  }
  return 0;
}

function nameReason(similarity: number, weight: number, a: NormalisedName, b: NormalisedName, missing: number): MatchReason {
  const params = { a: a.original, b: b.original, similarity: Math.round(similarity * 100) / 100, scriptA: a.script, scriptB: b.script };
  if (a.original === b.original) return reason('name.same', weight, { a: a.original });
  if (similarity >= 0.85) {
    if (missing > 0) return reason('name.partial', weight, { ...params, missing });
    return reason(a.script !== b.script || a.script !== 'latin' ? 'name.transliterated' : 'name.variant', weight, params);
  }
  return reason('name.differs', weight, params);
}

function nationalityEvidence(a: PreparedRecord, b: PreparedRecord, reasons: MatchReason[] | null): number {
  if (!a.nationality || !b.nationality) return 0;
  const vessel = a.type === 'vessel';
  if (a.nationality === b.nationality) {
    reasons?.push(reason(vessel ? 'flag.same' : 'nationality.same', weights.sameNationality, { country: a.nationality }));
    return weights.sameNationality;
  }
  reasons?.push(reason(vessel ? 'flag.differs' : 'nationality.differs', weights.differentNationality, { a: a.nationality, b: b.nationality }));
  return weights.differentNationality;
}

function legalFormEvidence(a: NormalisedName | null, b: NormalisedName | null, reasons: MatchReason[] | null): number {
  if (!a?.legalFamily || !b?.legalFamily) return 0;
  if (a.legalFamily === b.legalFamily) {
    reasons?.push(reason('legalForm.same', weights.sameLegalFamily, { family: a.legalFamily }));
    return weights.sameLegalFamily;
  }
  reasons?.push(reason('legalForm.differs', weights.differentLegalFamily, { a: a.legalFamily, b: b.legalFamily }));
  return weights.differentLegalFamily;
}

/** Score two records of the same type; pass `explain` to get the reasons (skip it in bulk passes). */
export function scorePair(a: PreparedRecord, b: PreparedRecord, explain = false): PairScore {
  const reasons: MatchReason[] | null = explain ? [] : null;
  if (a.type !== b.type) return { score: 0, reasons: reasons ? [reason('schema.incompatible', -20, { a: a.type, b: b.type })] : [] };
  let logOdds = weights.prior[a.type];
  const names = bestNamePair(a.names, b.names);
  // Records without a name to compare (a bare document or phone record) keep the whole of a shared birth date.
  const dobShare = names.a && names.b ? dobAgreementShare(names.similarity) : 1;
  if (names.a && names.b) {
    const w = nameWeight(names.similarity, a.type);
    logOdds += w;
    const missing = (names.comparison?.unmatchedA ?? 0) + (names.comparison?.unmatchedB ?? 0);
    reasons?.push(nameReason(names.similarity, w, names.a, names.b, missing));
    if (a.type === 'organisation') logOdds += legalFormEvidence(names.a, names.b, reasons);
  }
  logOdds += documentEvidence(a, b, reasons);
  logOdds += phoneEvidence(a, b, reasons);
  if (a.type === 'person') logOdds += dobEvidence(a.dob, b.dob, reasons, dobShare);
  logOdds += nationalityEvidence(a, b, reasons);
  return { score: 1 / (1 + Math.exp(-logOdds)), reasons: reasons ?? [] };
}
