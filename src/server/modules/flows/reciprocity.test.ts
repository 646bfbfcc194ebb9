// The flows sharing policy: reciprocity as a rule and as SQL agree for every subject, month and window; small cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { createTestDb, type TestDb } from '../../testing/db.js';
import type { Role, Subject } from '../../access/subject.js';
import { contributionsVisibleSql, isFlowsContributor, maySubmitFlows, publishCell, publishable, seesContributions, type FlowsPolicy } from '../../access/flows.js';

let t: TestDb;
// LKA submitted 2024-01 and the quarter 2024-Q3 (months 6..8 of 2024); a draft for 2024-02 does not count.
const periods = [
  { period: '2024-01', from: 2024 * 12, to: 2024 * 12, status: 'submitted' },
  { period: '2024-02', from: 2024 * 12 + 1, to: 2024 * 12 + 1, status: 'draft' },
  { period: '2024-Q3', from: 2024 * 12 + 6, to: 2024 * 12 + 8, status: 'submitted' },
];
beforeAll(async () => {
  t = await createTestDb();
  for (const p of periods)
    await t.db.query(sql`INSERT INTO flow_submissions (state, period, month_from, month_to, status, submitted_at)
      VALUES ('LKA', ${p.period}, ${p.from}, ${p.to}, ${p.status}, ${p.status === 'submitted' ? new Date() : null})`);
});
afterAll(() => t.db.close());

const subject = (roles: Role[], state: string | null, kind: Subject['organisationKind'] = 'state_agency', memberStatus: Subject['memberStatus'] = 'member'): Subject => ({
  userId: '00000000-0000-0000-0000-000000000001', email: 'x@test.example', name: 'x', organisationId: 'o', organisationKind: kind,
  state, memberStatus, roles, clearance: 'none', clearanceExpires: null, groups: [],
});

describe('who contributes', () => {
  it('is an officer, analyst or focal point of a member state; only the focal point or an officer submits', () => {
    expect(isFlowsContributor(subject(['analyst'], 'LKA'))).toBe(true);
    expect(maySubmitFlows(subject(['analyst'], 'LKA'))).toBe(false);
    expect(maySubmitFlows(subject(['focal_point'], 'LKA'))).toBe(true);
    expect(isFlowsContributor(subject(['policy'], 'LKA'))).toBe(false);
    expect(isFlowsContributor(subject(['admin'], null, 'rso', 'secretariat'))).toBe(false);
    expect(isFlowsContributor(subject(['officer'], 'IOM', 'international_org'))).toBe(false);
    expect(isFlowsContributor(subject(['officer'], 'FRA', 'state_agency', 'observer'))).toBe(false);
  });
});

describe('reciprocity', () => {
  const subjects = [subject(['officer'], 'LKA'), subject(['analyst'], 'LKA'), subject(['policy'], 'LKA'), subject(['officer'], 'IDN'), subject(['admin'], null, 'rso', 'secretariat')];
  const months = Array.from({ length: 14 }, (_, k) => 2024 * 12 - 1 + k);

  it('the rule and its SQL twin agree for every subject, month and window', async () => {
    const submitted = periods.filter((p) => p.status === 'submitted').map((p) => ({ monthFrom: p.from, monthTo: p.to }));
    for (const windowMonths of [0, 1, 3]) {
      const policy: FlowsPolicy = { minCellSize: 5, windowMonths };
      for (const s of subjects) {
        const mine = s.state === 'LKA' ? submitted : [];
        const rows = await t.db.query<{ m: number; v: boolean }>(sql`SELECT m, ${contributionsVisibleSql(s, sql`m`, policy)} AS v FROM unnest(${months}::int[]) AS m`);
        for (const r of rows) expect(r.v, `${s.roles}/${s.state} month ${r.m} window ${windowMonths}`).toBe(seesContributions(s, r.m, mine, policy));
      }
    }
  });

  it('opens exactly the months a state submitted, and the window after them', () => {
    const lka = subject(['officer'], 'LKA');
    const submitted = [{ monthFrom: 2024 * 12, monthTo: 2024 * 12 }];
    expect(seesContributions(lka, 2024 * 12, submitted, { minCellSize: 5, windowMonths: 0 })).toBe(true);
    expect(seesContributions(lka, 2024 * 12 + 1, submitted, { minCellSize: 5, windowMonths: 0 })).toBe(false);
    expect(seesContributions(lka, 2024 * 12 + 1, submitted, { minCellSize: 5, windowMonths: 1 })).toBe(true);
    expect(seesContributions(lka, 2024 * 12 - 1, submitted, { minCellSize: 5, windowMonths: 3 })).toBe(false);
  });
});

describe('small cells', () => {
  const policy = { minCellSize: 5, windowMonths: 0 };
  it('withholds every measure of a cell built from fewer records than the minimum, and small deaths on their own', () => {
    expect(publishCell(4, { incidents: 4, migrants: 120 }, policy)).toEqual({ suppressed: true, values: { incidents: null, migrants: null } });
    expect(publishCell(5, { incidents: 5, deaths: 2 }, policy, ['deaths'])).toEqual({ suppressed: false, values: { incidents: 5, deaths: null } });
    expect(publishable(0, policy)).toBe(0);
    expect(publishable(3, { minCellSize: 3, windowMonths: 0 })).toBe(3);
  });
});
