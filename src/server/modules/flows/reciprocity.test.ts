// The flows sharing policy: reciprocity as a rule and as SQL agree for every subject, month and window; small cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CellFacts,
  cellFigure,
  contributionsVisibleSql,
  type FlowsPolicy,
  INCIDENT_CELLS,
  type IncidentMeasure,
  isFlowsContributor,
  maySubmitFlows,
  publishable,
  seesContributions,
} from '../../access/flows.js';
import type { Role, Subject } from '../../access/subject.js';
import { sql } from '../../db/index.js';
import { createTestDb, type TestDb } from '../../testing/db.js';

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

const subject = (
  roles: Role[],
  state: string | null,
  kind: Subject['organisationKind'] = 'state_agency',
  memberStatus: Subject['memberStatus'] = 'member',
): Subject => ({
  userId: '00000000-0000-0000-0000-000000000001',
  email: 'x@test.example',
  name: 'x',
  organisationId: 'o',
  organisationKind: kind,
  state,
  memberStatus,
  roles,
  clearance: 'none',
  clearanceExpires: null,
  groups: [],
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
  const subjects = [
    subject(['officer'], 'LKA'),
    subject(['analyst'], 'LKA'),
    subject(['policy'], 'LKA'),
    subject(['officer'], 'IDN'),
    subject(['admin'], null, 'rso', 'secretariat'),
  ];
  const months = Array.from({ length: 14 }, (_, k) => 2024 * 12 - 1 + k);

  it('the rule and its SQL twin agree for every subject, month and window', async () => {
    const submitted = periods.filter((p) => p.status === 'submitted').map((p) => ({ monthFrom: p.from, monthTo: p.to }));
    for (const windowMonths of [0, 1, 3]) {
      const policy: FlowsPolicy = { minCellSize: 5, windowMonths };
      for (const s of subjects) {
        const mine = s.state === 'LKA' ? submitted : [];
        const rows = await t.db.query<{ m: number; v: boolean }>(
          sql`SELECT m, ${contributionsVisibleSql(s, sql`m`, policy)} AS v FROM unnest(${months}::int[]) AS m`,
        );
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
  const m = (incidents: number, migrants: number, deaths: number): Record<IncidentMeasure, number> => ({
    incidents,
    migrants,
    deaths,
    injuries: 0,
    fees: 0,
    feeSum: 0,
  });
  /** LKA's own part of a route-month, and IDN's and MYS's parts (the other states). */
  const cell = (
    open: boolean,
    own: Record<IncidentMeasure, number>,
    idn: Record<IncidentMeasure, number>,
    mys: Record<IncidentMeasure, number>,
  ): CellFacts<IncidentMeasure> => {
    const others = {} as Record<IncidentMeasure, number>,
      othersPublished = {} as Record<IncidentMeasure, number>,
      othersWithheld = {} as Record<IncidentMeasure, number>;
    for (const k of INCIDENT_CELLS.measures) {
      others[k] = idn[k] + mys[k];
      const parts = INCIDENT_CELLS.sensitive.includes(k) ? [idn[k], mys[k]] : [];
      othersPublished[k] = INCIDENT_CELLS.sensitive.includes(k) ? parts.filter((v) => publishable(v, policy) !== null).reduce((a, v) => a + v, 0) : others[k];
      othersWithheld[k] = parts.filter((v) => publishable(v, policy) === null).length;
    }
    return { open, own, others, othersPublished, othersWithheld };
  };
  const lka = subject(['officer'], 'LKA');
  const lkaPolicy = subject(['policy'], 'LKA');
  const rso = subject(['admin'], null, 'rso', 'secretariat');
  const see = (who: Subject, c: CellFacts<IncidentMeasure>, measure: IncidentMeasure) => cellFigure(who, c, INCIDENT_CELLS, measure, policy);

  it('withholds a regional cell under the minimum from those who see only regional figures, and every figure in it', () => {
    const c = cell(false, m(0, 0, 0), m(2, 40, 1), m(1, 20, 0));
    expect(see(rso, c, 'incidents')).toEqual({ value: 0, leftOut: true });
    expect(see(rso, c, 'migrants')).toEqual({ value: 0, leftOut: true });
  });

  it("gives a contributor other states' incidents for a month its state submitted, but not their small counts of deaths", () => {
    const c = cell(true, m(1, 30, 0), m(2, 40, 1), m(1, 20, 0));
    expect(see(lka, c, 'incidents')).toEqual({ value: 4, leftOut: false });
    expect(see(lka, c, 'migrants')).toEqual({ value: 90, leftOut: false });
    expect(see(lka, c, 'deaths')).toEqual({ value: 0, leftOut: true });
  });

  it('always shows a contributor its own exact figures, and never the small remainder of a regional figure', () => {
    // 7 incidents in the region, 5 of them LKA's: the other 2 would be its difference.
    const c = cell(false, m(5, 100, 2), m(2, 40, 0), m(0, 0, 0));
    expect(see(lka, c, 'incidents')).toEqual({ value: 5, leftOut: true });
    expect(see(lka, c, 'deaths')).toEqual({ value: 2, leftOut: true });
    // A policy officer of LKA, whose colleagues know LKA's part, is not shown the regional 7 either.
    expect(see(lkaPolicy, c, 'incidents')).toEqual({ value: 0, leftOut: true });
    expect(see(rso, c, 'incidents')).toEqual({ value: 7, leftOut: false });
  });

  it("shows a state's policy users no regional deaths that would reveal another state's small count to their contributors", () => {
    const c = cell(true, m(3, 60, 3), m(4, 80, 3), m(3, 60, 0));
    expect(see(rso, c, 'deaths')).toEqual({ value: 6, leftOut: false });
    expect(see(lkaPolicy, c, 'deaths')).toEqual({ value: 0, leftOut: true });
    expect(see(lka, c, 'deaths')).toEqual({ value: 3, leftOut: true });
  });

  it('treats zero as safe to show', () => {
    expect(publishable(0, policy)).toBe(0);
    expect(publishable(3, { minCellSize: 3, windowMonths: 0 })).toBe(3);
    expect(see(rso, cell(false, m(0, 0, 0), m(6, 90, 0), m(0, 0, 0)), 'deaths')).toEqual({ value: 0, leftOut: false });
  });
});
