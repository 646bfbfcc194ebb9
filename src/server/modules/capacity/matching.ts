// Ranks offers of assistance for one need: kind of help, topic, region, language and timing, each with its reason.

import type { Text } from '../../i18n/text.js';
import { languageNames, term } from '../../i18n/vocabulary.js';
import { say } from './messages.js';
import type { Need, Offer } from './schemas.js';

export const WEIGHTS = { help_kind: 0.4, topic: 0.2, region: 0.15, language: 0.15, timing: 0.1 } as const;
type Criterion = keyof typeof WEIGHTS;

function overlaps(aFrom: string | null, aUntil: string | null, bFrom: string | null, bUntil: string | null): boolean {
  return (aFrom ?? '0000') <= (bUntil ?? '9999') && (bFrom ?? '0000') <= (aUntil ?? '9999');
}

/** 0..1 fit per criterion; an offer that does not give the kind of help needed is not a match at all. */
/** Why an offer fits a need on one criterion: the fit, and the reason as a Text for the reader's language. */
export interface MatchReason {
  criterion: Criterion;
  fit: number;
  note: Text;
}

export function scoreOffer(need: Need, offer: Offer): { score: number; reasons: MatchReason[] } | null {
  if (!offer.helpKinds.includes(need.helpKind) || offer.status !== 'open') return null;
  const reasons: MatchReason[] = [{ criterion: 'help_kind', fit: 1, note: say('reason.offersKind', { kind: term('capacityHelpKind', need.helpKind) }) }];
  if (!need.topic) reasons.push({ criterion: 'topic', fit: 0.5, note: say('reason.noTopic') });
  else if (offer.topics.includes(need.topic)) reasons.push({ criterion: 'topic', fit: 1, note: say('reason.coversTopic', { topic: need.topic }) });
  else if (offer.topics.length === 0) reasons.push({ criterion: 'topic', fit: 0.5, note: say('reason.anyTopic') });
  else reasons.push({ criterion: 'topic', fit: 0, note: say('reason.missesTopic', { topic: need.topic }) });
  if (offer.subregions.length === 0) reasons.push({ criterion: 'region', fit: 0.75, note: say('reason.wholeRegion') });
  else if (need.subregion && offer.subregions.includes(need.subregion))
    reasons.push({ criterion: 'region', fit: 1, note: say('reason.worksIn', { subregion: term('subregion', need.subregion) }) });
  else
    reasons.push({
      criterion: 'region',
      fit: 0,
      note: need.subregion ? say('reason.notInRegion', { subregion: term('subregion', need.subregion) }) : say('reason.notInThisRegion'),
    });
  const shared = need.languages.filter((l) => offer.languages.includes(l));
  if (need.languages.length === 0 || offer.languages.length === 0) reasons.push({ criterion: 'language', fit: 0.5, note: say('reason.noLanguage') });
  else
    reasons.push({
      criterion: 'language',
      fit: shared.length ? 1 : 0,
      note: shared.length
        ? say('reason.sharesLanguage', { languages: languageNames(shared) })
        : say('reason.missesLanguage', { languages: languageNames(need.languages) }),
    });
  const fits = overlaps(need.wantedFrom, need.wantedUntil, offer.availableFrom, offer.availableUntil);
  reasons.push({ criterion: 'timing', fit: fits ? 1 : 0, note: fits ? say('reason.available') : say('reason.notAvailable') });
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
