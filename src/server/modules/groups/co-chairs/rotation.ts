// The co-chairing rules of seed 004 as pure functions: check a proposed roster against them, and propose one that keeps them.
// "Co-chaired on a rotational basis by two members ... maximum term two years, unless otherwise agreed by Working Group
// members. One of the co-chairs will rotate annually to ensure continuity ... A roster system will be implemented."

import { stateName } from '../../../i18n/states.js';
import type { Text } from '../../../i18n/text.js';
import { say } from './messages.js';

export type RotationRule = 'consecutive_years' | 'two_co_chairs' | 'co_chair_is_group_member' | 'maximum_term' | 'one_rotates_annually' | 'no_past_years';

export const ROTATION_RULES: readonly RotationRule[] = [
  'consecutive_years',
  'two_co_chairs',
  'co_chair_is_group_member',
  'maximum_term',
  'one_rotates_annually',
  'no_past_years',
];

/** A rule in the reader's words (the maximum term is the group's own). */
export function ruleText(rule: RotationRule, maxYears: number): Text {
  return rule === 'maximum_term' ? say('rule.maximum_term', { max: maxYears }) : say(`rule.${rule}`);
}

export interface RosterSeat {
  memberCode: string;
  /** The record of the members' agreement to a longer term, when there is one. */
  extensionAgreed?: string | null;
}

export interface RosterYear {
  year: number;
  coChairs: RosterSeat[];
}

export interface RotationContext {
  /** Decided co-chairs by year (the history), from earlier senior officials meetings. */
  decided: RosterYear[];
  groupMembers: string[];
  maxYears: number;
  currentYear: number;
}

export interface RuleBreach {
  rule: RotationRule;
  /** Path of the offending input in the API's dotted form (as a schema's field errors), e.g. years.2.coChairs.1. */
  field: string;
  /** The rule and what breaks it, said in the reader's language. */
  message: Text;
}

/** Consecutive years the member has co-chaired up to and including `year` in this timeline. */
function runLength(timeline: Map<number, RosterSeat[]>, member: string, year: number): number {
  let n = 0;
  while (timeline.get(year - n)?.some((s) => s.memberCode === member)) n++;
  return n;
}

/** The first rule a proposed roster breaks, or null when it keeps all of them. */
export function checkRoster(proposal: RosterYear[], ctx: RotationContext): RuleBreach | null {
  const breach = (rule: RotationRule, field: string, detail: Text): RuleBreach => ({
    rule,
    field,
    message: say('breach', { rule: ruleText(rule, ctx.maxYears), detail }),
  });
  if (proposal.length === 0) return breach('consecutive_years', 'years', say('detail.empty'));
  const years = proposal.map((y) => y.year);
  for (let i = 1; i < years.length; i++)
    if (years[i] !== years[i - 1] + 1)
      return breach('consecutive_years', `years.${i}.year`, say('detail.notFollowing', { year: String(years[i]), previous: String(years[i - 1]) }));
  if (years[0] < ctx.currentYear)
    return breach('no_past_years', 'years.0.year', say('detail.past', { year: String(years[0]), current: String(ctx.currentYear) }));

  proposal.forEach((y) => y.coChairs.sort((a, b) => a.memberCode.localeCompare(b.memberCode)));
  for (const [i, y] of proposal.entries()) {
    const codes = new Set(y.coChairs.map((s) => s.memberCode));
    if (y.coChairs.length !== 2 || codes.size !== 2)
      return breach(
        'two_co_chairs',
        `years.${i}.coChairs`,
        codes.size === y.coChairs.length
          ? say('detail.seats', { year: String(y.year), count: y.coChairs.length })
          : say('detail.distinct', { year: String(y.year), count: codes.size }),
      );
    for (const [j, s] of y.coChairs.entries())
      if (!ctx.groupMembers.includes(s.memberCode))
        return breach('co_chair_is_group_member', `years.${i}.coChairs.${j}`, say('detail.notMember', { state: stateName(s.memberCode) }));
  }

  // The timeline the roster would create: decided history before the roster's first year, then the roster.
  const timeline = new Map<number, RosterSeat[]>();
  for (const d of ctx.decided) if (d.year < years[0]) timeline.set(d.year, d.coChairs);
  for (const y of proposal) timeline.set(y.year, y.coChairs);

  for (const [i, y] of proposal.entries()) {
    const previous = timeline.get(y.year - 1);
    if (previous && previous.length === 2) {
      const stayed = y.coChairs.filter((s) => previous.some((p) => p.memberCode === s.memberCode)).length;
      if (stayed !== 1) {
        const years = { previous: String(y.year - 1), year: String(y.year) };
        return breach('one_rotates_annually', `years.${i}.coChairs`, say(stayed === 2 ? 'detail.neitherRotates' : 'detail.bothRotate', years));
      }
    }
    for (const [j, s] of y.coChairs.entries()) {
      const served = runLength(timeline, s.memberCode, y.year);
      if (served > ctx.maxYears && !s.extensionAgreed?.trim())
        return breach('maximum_term', `years.${i}.coChairs.${j}`, say('detail.tooLong', { state: stateName(s.memberCode), served, year: String(y.year) }));
    }
  }
  return null;
}

export interface Nomination {
  memberCode: string;
  forYear: number;
  nominatedAt: Date;
}

export interface SuggestedYear {
  year: number;
  coChairs: { memberCode: string; continuing: boolean; nominated: boolean }[];
}

/**
 * Proposes co-chairs for `count` years from `fromYear`: each year the longer-serving co-chair rotates out and the
 * earliest nominee for that year (a group member not serving and not just rotated out) takes the seat; without a nominee,
 * the group member that has waited longest since co-chairing. When the decided history keeps the rules, so does the result.
 */
export function suggestRoster(ctx: RotationContext, nominations: Nomination[], fromYear: number, count: number): SuggestedYear[] {
  const timeline = new Map<number, RosterSeat[]>();
  for (const d of ctx.decided) if (d.year < fromYear) timeline.set(d.year, d.coChairs);
  const lastServed = (member: string, before: number) => {
    for (let y = before - 1; y >= before - 200; y--) if (timeline.get(y)?.some((s) => s.memberCode === member)) return y;
    return -Infinity;
  };
  const out: SuggestedYear[] = [];
  for (let year = fromYear; year < fromYear + count; year++) {
    const previous = (timeline.get(year - 1) ?? []).map((s) => s.memberCode).filter((c) => ctx.groupMembers.includes(c));
    const taken = new Set<string>();
    const seats: SuggestedYear['coChairs'] = [];
    if (previous.length === 2) {
      // The one who has served longer rotates; on a tie, the first in code order, so the result is deterministic.
      const [a, b] = [...previous].sort();
      const stays = runLength(timeline, a, year - 1) > runLength(timeline, b, year - 1) ? b : a;
      if (runLength(timeline, stays, year - 1) < ctx.maxYears) {
        seats.push({ memberCode: stays, continuing: true, nominated: false });
      }
      previous.forEach((c) => taken.add(c));
    } else if (previous.length === 1 && runLength(timeline, previous[0], year - 1) < ctx.maxYears) {
      seats.push({ memberCode: previous[0], continuing: true, nominated: false });
      taken.add(previous[0]);
    }
    const nominees = nominations
      .filter((n) => n.forYear === year && ctx.groupMembers.includes(n.memberCode) && !taken.has(n.memberCode))
      .sort((x, y) => x.nominatedAt.getTime() - y.nominatedAt.getTime());
    for (const n of nominees) {
      if (seats.length === 2) break;
      if (seats.some((s) => s.memberCode === n.memberCode)) continue;
      seats.push({ memberCode: n.memberCode, continuing: false, nominated: true });
    }
    const waiting = ctx.groupMembers
      .filter((c) => !taken.has(c) && !seats.some((s) => s.memberCode === c))
      .sort((x, y) => lastServed(x, year) - lastServed(y, year) || x.localeCompare(y));
    while (seats.length < 2 && waiting.length) seats.push({ memberCode: waiting.shift()!, continuing: false, nominated: false });
    timeline.set(
      year,
      seats.map((s) => ({ memberCode: s.memberCode })),
    );
    out.push({ year, coChairs: seats });
  }
  return out;
}
