// The co-chairing rules of seed 004: which rosters keep them, which rule a roster breaks, and suggested rosters.
import { describe, expect, it } from 'vitest';
import { checkRoster, type RosterYear, suggestRoster } from './rotation.js';

const members = ['AUS', 'IDN', 'LKA', 'MYS', 'NZL', 'THA'];
const y = (year: number, a: string, b: string, ext: Record<string, string> = {}): RosterYear => ({
  year,
  coChairs: [a, b].map((memberCode) => ({ memberCode, extensionAgreed: ext[memberCode] ?? null })),
});
const ctx = { decided: [y(2024, 'NZL', 'LKA'), y(2025, 'LKA', 'AUS')], groupMembers: members, maxYears: 2, currentYear: 2026 };

describe('a co-chair roster', () => {
  it('is accepted when one co-chair rotates each year and nobody serves more than two years', () => {
    expect(checkRoster([y(2026, 'AUS', 'IDN'), y(2027, 'IDN', 'THA'), y(2028, 'THA', 'MYS')], ctx)).toBeNull();
  });

  it('is refused when both co-chairs change at once', () => {
    expect(checkRoster([y(2026, 'IDN', 'THA')], ctx)).toMatchObject({ rule: 'one_rotates_annually', field: 'years.0.coChairs' });
  });

  it('is refused when neither co-chair changes', () => {
    expect(checkRoster([y(2026, 'AUS', 'IDN'), y(2027, 'AUS', 'IDN')], { ...ctx, maxYears: 5 })).toMatchObject({ rule: 'one_rotates_annually' });
  });

  it('counts the decided history towards the maximum term', () => {
    // AUS co-chaired 2025; 2026 and 2027 would make three consecutive years.
    const breach = checkRoster([y(2026, 'AUS', 'IDN'), y(2027, 'AUS', 'THA')], ctx);
    expect(breach).toMatchObject({ rule: 'maximum_term', field: 'years.1.coChairs.0' });
    expect(breach!.message.render('en')).toMatch(/Australia would serve 3 consecutive years to 2027\./);
    // Said in the reader's language, the state by its name there, the year without a thousands separator.
    expect(breach!.message.render('id')).toMatch(
      /^Masa jabatan ketua bersama paling lama 2 tahun .* Australia akan menjabat 3 tahun berturut-turut sampai 2027\.$/,
    );
  });

  it('allows a longer term when the members agreed to it', () => {
    expect(checkRoster([y(2026, 'AUS', 'IDN'), y(2027, 'AUS', 'THA', { AUS: 'Agreed by members, 3rd meeting' })], ctx)).toBeNull();
  });

  it('needs exactly two distinct co-chairs', () => {
    expect(checkRoster([{ year: 2026, coChairs: [{ memberCode: 'AUS' }] }], ctx)).toMatchObject({ rule: 'two_co_chairs' });
    expect(checkRoster([y(2026, 'AUS', 'AUS')], ctx)).toMatchObject({ rule: 'two_co_chairs' });
  });

  it('names a co-chair from outside the group', () => {
    expect(checkRoster([y(2026, 'AUS', 'PHL')], ctx)).toMatchObject({ rule: 'co_chair_is_group_member', field: 'years.0.coChairs.1' });
  });

  it('covers consecutive years and never rewrites the past', () => {
    expect(checkRoster([y(2026, 'AUS', 'IDN'), y(2028, 'IDN', 'THA')], ctx)).toMatchObject({ rule: 'consecutive_years' });
    expect(checkRoster([y(2025, 'LKA', 'IDN')], ctx)).toMatchObject({ rule: 'no_past_years' });
  });
});

describe('the suggested roster', () => {
  it('rotates the longer-serving co-chair out, prefers nominees, and keeps every rule', () => {
    const nominations = [
      { memberCode: 'THA', forYear: 2026, nominatedAt: new Date('2026-01-02') },
      { memberCode: 'IDN', forYear: 2026, nominatedAt: new Date('2026-01-01') },
      { memberCode: 'PHL', forYear: 2027, nominatedAt: new Date('2026-01-01') }, // not a member: ignored
    ];
    const suggested = suggestRoster(ctx, nominations, 2026, 4);
    expect(suggested[0].coChairs).toEqual([
      { memberCode: 'AUS', continuing: true, nominated: false },
      { memberCode: 'IDN', continuing: false, nominated: true },
    ]);
    expect(suggested.flatMap((s) => s.coChairs.map((c) => c.memberCode))).not.toContain('PHL');
    expect(
      checkRoster(
        suggested.map((s) => ({ year: s.year, coChairs: s.coChairs.map((c) => ({ memberCode: c.memberCode })) })),
        ctx,
      ),
    ).toBeNull();
  });

  it('starts a group with no history with two co-chairs', () => {
    const fresh = { ...ctx, decided: [] };
    const suggested = suggestRoster(fresh, [], 2026, 3);
    expect(suggested.every((s) => s.coChairs.length === 2)).toBe(true);
    expect(
      checkRoster(
        suggested.map((s) => ({ year: s.year, coChairs: s.coChairs.map((c) => ({ memberCode: c.memberCode })) })),
        fresh,
      ),
    ).toBeNull();
  });
});
