// Ranks offers of assistance for one need: kind of help, topic, region, language and timing, each with its reason.
import type { Need, Offer } from './schemas.js';

export const WEIGHTS = { help_kind: 0.4, topic: 0.2, region: 0.15, language: 0.15, timing: 0.1 } as const;
type Criterion = keyof typeof WEIGHTS;

function overlaps(aFrom: string | null, aUntil: string | null, bFrom: string | null, bUntil: string | null): boolean {
  return (aFrom ?? '0000') <= (bUntil ?? '9999') && (bFrom ?? '0000') <= (aUntil ?? '9999');
}

/** 0..1 fit per criterion; an offer that does not give the kind of help needed is not a match at all. */
export function scoreOffer(need: Need, offer: Offer): { score: number; reasons: { criterion: Criterion; fit: number; note: string }[] } | null {
  if (!offer.helpKinds.includes(need.helpKind) || offer.status !== 'open') return null;
  const reasons: { criterion: Criterion; fit: number; note: string }[] = [{ criterion: 'help_kind', fit: 1, note: `offers ${need.helpKind.replace(/_/g, ' ')}` }];
  if (!need.topic) reasons.push({ criterion: 'topic', fit: 0.5, note: 'the need names no standard' });
  else if (offer.topics.includes(need.topic)) reasons.push({ criterion: 'topic', fit: 1, note: `covers ${need.topic}` });
  else if (offer.topics.length === 0) reasons.push({ criterion: 'topic', fit: 0.5, note: 'offer is not limited to a topic' });
  else reasons.push({ criterion: 'topic', fit: 0, note: `does not cover ${need.topic}` });
  if (offer.subregions.length === 0) reasons.push({ criterion: 'region', fit: 0.75, note: 'available across the region' });
  else if (need.subregion && offer.subregions.includes(need.subregion)) reasons.push({ criterion: 'region', fit: 1, note: `works in ${need.subregion}` });
  else reasons.push({ criterion: 'region', fit: 0, note: `not offered in ${need.subregion ?? 'this sub-region'}` });
  const shared = need.languages.filter((l) => offer.languages.includes(l));
  if (need.languages.length === 0 || offer.languages.length === 0) reasons.push({ criterion: 'language', fit: 0.5, note: 'no language stated' });
  else reasons.push({ criterion: 'language', fit: shared.length ? 1 : 0, note: shared.length ? `in ${shared.join(', ')}` : `not in ${need.languages.join(', ')}` });
  const fits = overlaps(need.wantedFrom, need.wantedUntil, offer.availableFrom, offer.availableUntil);
  reasons.push({ criterion: 'timing', fit: fits ? 1 : 0, note: fits ? 'available when needed' : 'not available when needed' });
  const score = reasons.reduce((sum, r) => sum + WEIGHTS[r.criterion] * r.fit, 0);
  return { score: Math.round(score * 100) / 100, reasons };
}

export function rankOffers(need: Need, offers: Offer[]) {
  return offers
    .flatMap((offer) => {
      const s = scoreOffer(need, offer);
      return s ? [{ offer, ...s }] : [];
    })
    .sort((a, b) => b.score - a.score || a.offer.title.localeCompare(b.offer.title));
}
