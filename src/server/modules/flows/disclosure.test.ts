// A withheld figure stays withheld: everything one viewer can read from every flows endpoint, over every range and
// grouping of a small window, is unchanged when a figure withheld from that viewer changes (within the values a
// withheld figure can take). Any difference of totals, narrowed filter or comparison of endpoints is a function of
// those answers, so none of them can recover it. The answers also add up: rows to totals, routes to means, series to rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/index.js';
import { type Client, createTestPortal, signedIn, type TestPortal } from '../../testing/portal.js';

const K = 5;
const MONTHS = ['2023-01', '2023-02', '2023-03', '2023-04'];
const ROUTE_A = { origin: 'LKA', transit: ['MYS', 'IDN'], destination: 'AUS' };
const ROUTE_B = { origin: 'MMR', transit: ['THA'], destination: 'MYS' };
type Line = Record<string, unknown>;
const sea = (over: Line = {}) => ({ ...ROUTE_A, means: 'sea', vesselType: 'fishing_boat', groupSize: 20, fee: { amount: 4000, currency: 'USD' }, ...over });
const times = (n: number, line: Line) => Array.from({ length: n }, () => line);

let portal: TestPortal;
let officer: Record<string, Client>;
let viewers: { name: string; client: Client; state: string | null; contributor: boolean }[];

/** The returns of the window: small regional cells, small counts of deaths and of persons inside large cells, a mixed route. */
const RETURNS: { state: string; period: string; incidents?: Line[]; profiles?: Line[] }[] = [
  {
    state: 'IDN',
    period: '2023-01',
    incidents: [...times(3, sea()), sea({ deaths: 1 }), sea({ means: 'air', vesselType: null, groupSize: 2 })],
    profiles: [
      { profile: 'migrant', ageBand: '18-25', sex: 'male', nationality: 'AFG', count: 3 },
      { profile: 'migrant', ageBand: '18-25', sex: 'male', nationality: 'LKA', count: 30 },
    ],
  },
  {
    state: 'MYS',
    period: '2023-01',
    incidents: [...times(2, sea()), sea({ deaths: 3, injuries: 2 })],
    profiles: [{ profile: 'migrant', ageBand: '26-35', sex: 'female', nationality: 'AFG', count: 10 }],
  },
  { state: 'AUS', period: '2023-01', incidents: times(2, sea({ groupSize: 3 })) },
  { state: 'THA', period: '2023-01', incidents: times(3, { ...ROUTE_B, means: 'land', groupSize: 1, fee: { amount: 900, currency: 'USD' } }) },
  { state: 'LKA', period: '2023-01', profiles: [{ profile: 'migrant', ageBand: '26-35', sex: 'male', nationality: 'LKA', count: 12 }] },
  { state: 'IDN', period: '2023-02', incidents: times(2, sea()) },
  { state: 'AUS', period: '2023-02', incidents: times(6, sea({ groupSize: 12 })) },
  { state: 'THA', period: '2023-02', incidents: times(6, { ...ROUTE_B, means: 'land', groupSize: 2, fee: { amount: 1100, currency: 'USD' } }) },
  { state: 'IDN', period: '2023-03', incidents: [sea(), sea({ deaths: 3 })] },
  { state: 'LKA', period: '2023-03', incidents: [...times(4, sea()), sea({ deaths: 2 })] },
  { state: 'IDN', period: '2023-04', incidents: [...times(4, sea()), ...times(2, sea({ deaths: 3 }))] },
  { state: 'MYS', period: '2023-04', incidents: times(6, sea()) },
];

/** Victims counted by the referral and return cases (stage, month, identifying state, nationality, count). */
const VICTIMS: [string, number, string, string, number][] = [
  ['identified', 2023 * 12, 'IDN', 'LKA', 3],
  ['identified', 2023 * 12, 'MYS', 'LKA', 4],
  ['referred', 2023 * 12, 'IDN', 'LKA', 2],
  ['returned', 2023 * 12 + 1, 'AUS', 'AFG', 6],
  ['identified', 2023 * 12 + 2, 'LKA', 'MMR', 6],
  ['identified', 2023 * 12 + 2, 'THA', 'MMR', 2],
];

beforeAll(async () => {
  portal = await createTestPortal();
  officer = {};
  for (const state of ['IDN', 'MYS', 'AUS', 'THA', 'LKA']) officer[state] = await signedIn(portal, { role: 'officer', state });
  const lkaPolicy = await signedIn(portal, { role: 'policy', state: 'LKA' });
  const admin = await signedIn(portal, { role: 'admin', state: null });
  for (const r of RETURNS) {
    const res = await officer[r.state].post('/api/flows/submissions', {
      period: r.period,
      incidents: r.incidents ?? [],
      profiles: r.profiles ?? [],
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  for (const [stage, month, state, nationality, count] of VICTIMS)
    await portal.db.query(
      sql`INSERT INTO flow_victim_cells (stage, month, state, nationality, count) VALUES (${stage}, ${month}, ${state}, ${nationality}, ${count})`,
    );
  viewers = [
    // LKA submitted January and March: reciprocity opens those months to its officer; February and April stay closed.
    { name: 'LKA officer', client: officer.LKA, state: 'LKA', contributor: true },
    { name: 'LKA policy officer', client: lkaPolicy, state: 'LKA', contributor: false },
    { name: 'AUS officer', client: officer.AUS, state: 'AUS', contributor: true },
    { name: 'RSO administrator', client: admin, state: null, contributor: false },
  ];
}, 120_000);
afterAll(() => portal.close());

const ranges = MONTHS.flatMap((from, i) => MONTHS.slice(i).map((to) => ({ from, to })));

/** Everything a viewer can read from the flows picture over the window, every range, grouping, route and quarter. */
async function everything(client: Client): Promise<Record<string, unknown>> {
  const urls = [
    ...ranges.flatMap(({ from, to }) => ['route', 'means', 'nationality'].map((g) => `/api/flows/aggregates?from=${from}&to=${to}&groupBy=${g}`)),
    ...ranges.flatMap(({ from, to }) => ['', '&route=LKA>MYS>IDN>AUS'].map((r) => `/api/flows/fees?from=${from}&to=${to}${r}`)),
    ...ranges.map(({ from, to }) => `/api/flows/victims?from=${from}&to=${to}`),
    ...MONTHS.flatMap((to) => [1, 2].map((n) => `/api/flows/emerging?to=${to}&months=${n}`)),
    '/api/flows/summary?quarter=2023-Q1',
    '/api/flows/summary?quarter=2023-Q2',
    '/api/flows/quality?from=2023-01&to=2023-04',
  ];
  const out: Record<string, unknown> = {};
  for (const url of urls) {
    const res = await client.get(url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    out[url] = res.json();
  }
  return out;
}

async function rebuildRollups() {
  await portal.db.query(sql`DELETE FROM flow_incident_cells`);
  await portal.db.query(sql`DELETE FROM flow_state_cells`);
  await portal.services.flows.store.rollUp(null);
}

interface Atom {
  state: string;
  cell: string;
  month: number;
  incidents: number;
  migrants: number;
  deaths: number;
  injuries: number;
}
type Grid = 'incidents' | 'nationality' | 'victims';

/** Each state's part of each cell, straight from the lines (no rollup, no rule). */
async function atoms(grid: Grid): Promise<Atom[]> {
  const q =
    grid === 'incidents'
      ? sql`SELECT x.state, r.route_key || '|' || x.means AS cell, x.month, count(*)::int AS incidents, sum(x.group_size)::int AS migrants,
        sum(x.deaths)::int AS deaths, sum(x.injuries)::int AS injuries FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id GROUP BY 1, 2, 3`
      : grid === 'nationality'
        ? sql`SELECT state, nationality AS cell, month, sum(count)::int AS incidents, sum(count)::int AS migrants, 0 AS deaths, 0 AS injuries FROM flow_profiles GROUP BY 1, 2, 3`
        : sql`SELECT state, stage || '|' || nationality AS cell, month, count AS incidents, count AS migrants, 0 AS deaths, 0 AS injuries FROM flow_victim_cells`;
  return portal.db.query<Atom>(q);
}

/** A change to one state's part of a cell, and its undoing. */
interface Change {
  what: string;
  apply(): Promise<void>;
  undo(): Promise<void>;
}

/** One more (or one fewer) incident of the state in the cell: the whole part changes (incidents, migrants, fees). */
function incidentChange(a: Atom, up: boolean): Change {
  const [route, means] = a.cell.split('|');
  const one = sql`(SELECT x.id FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id WHERE x.state = ${a.state} AND r.route_key = ${route} AND x.means = ${means} AND x.month = ${a.month} ORDER BY x.id LIMIT 1)`;
  let saved: Record<string, unknown> | null = null;
  const cols = sql`submission_id, state, month, route_id, means, vessel_type, fraudulent_documents, visa_misuse, fee_amount, fee_currency, fee_usd, group_size, deaths, injuries`;
  return {
    what: `${up ? 'one more' : 'one fewer'} incident of ${a.state} in ${a.cell} ${a.month}`,
    async apply() {
      if (up) saved = (await portal.db.one(sql`INSERT INTO flow_incidents (${cols}) SELECT ${cols} FROM flow_incidents WHERE id = ${one} RETURNING id`))!;
      else saved = (await portal.db.one(sql`DELETE FROM flow_incidents WHERE id = ${one} RETURNING *`))!;
      await rebuildRollups();
    },
    async undo() {
      if (up) await portal.db.query(sql`DELETE FROM flow_incidents WHERE id = ${saved!.id as string}`);
      else {
        const s = saved as Record<string, unknown>;
        await portal.db.query(sql`INSERT INTO flow_incidents (id, ${cols}) VALUES (${s.id as string}, ${s.submission_id as string}, ${s.state as string}, ${s.month as number}, ${s.route_id as number},
          ${s.means as string}, ${s.vessel_type as string | null}, ${s.fraudulent_documents as boolean}, ${s.visa_misuse as boolean}, ${s.fee_amount as string | null}, ${s.fee_currency as string | null},
          ${s.fee_usd as string | null}, ${s.group_size as number}, ${s.deaths as number}, ${s.injuries as number})`);
      }
      await rebuildRollups();
    },
  };
}

/** One more (or one fewer) person in a persons count of the state's part of a cell. */
function personsChange(grid: Grid, a: Atom, measure: 'migrants' | 'deaths' | 'injuries', step: 1 | -1): Change {
  const update = (s: number) => {
    if (grid === 'nationality')
      return sql`UPDATE flow_profiles SET count = count + ${s} WHERE id = (SELECT id FROM flow_profiles
      WHERE state = ${a.state} AND nationality = ${a.cell} AND month = ${a.month} AND count + ${s} >= 0 ORDER BY id LIMIT 1)`;
    if (grid === 'victims')
      return sql`UPDATE flow_victim_cells SET count = count + ${s} WHERE state = ${a.state} AND stage || '|' || nationality = ${a.cell} AND month = ${a.month}`;
    const [route, means] = a.cell.split('|');
    const column = sql.raw(measure === 'migrants' ? 'group_size' : measure);
    return sql`UPDATE flow_incidents SET ${column} = ${column} + ${s} WHERE id = (SELECT x.id FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id
      WHERE x.state = ${a.state} AND r.route_key = ${route} AND x.means = ${means} AND x.month = ${a.month} AND x.${column} + ${s} >= ${measure === 'migrants' ? 1 : 0} ORDER BY x.id LIMIT 1)`;
  };
  const run = async (s: number) => {
    await portal.db.query(update(s));
    await rebuildRollups();
  };
  return {
    what: `${step > 0 ? 'one more' : 'one fewer'} ${measure} of ${a.state} in ${grid} ${a.cell} ${a.month}`,
    apply: () => run(step),
    undo: () => run(-step),
  };
}

const small = (v: number) => v > 0 && v < K;
/** A step that keeps a withheld sum withheld (within 1..K-1), if there is one. */
const stepWithin = (sum: number): 1 | -1 | null => (sum + 1 < K ? 1 : sum - 1 >= 1 ? -1 : null);

/**
 * What the sharing policy withholds from a viewer, stated on the raw parts (independently of access/flows.ts):
 * - a viewer of no state: a regional cell under the minimum, and a small persons count of a regional cell;
 * - anyone of a state: the other states' parts of a cell together when under the minimum, unless reciprocity opens
 *   the month to the state (its contributors then see each state's incidents); and any other state's small persons
 *   count (withheld from the state's contributors in its contributions, and from their colleagues by difference too);
 * and for each, the changes that keep it withheld.
 */
function withheldChanges(v: (typeof viewers)[number], grid: Grid, parts: Atom[], open: Set<number>): Change[] {
  const changes: Change[] = [];
  const cells = new Map<string, Atom[]>();
  for (const a of parts) cells.set(`${a.cell}#${a.month}`, [...(cells.get(`${a.cell}#${a.month}`) ?? []), a]);
  const persons = grid === 'incidents' ? (['migrants', 'deaths', 'injuries'] as const) : (['migrants'] as const);
  for (const list of cells.values()) {
    const month = list[0].month;
    const others = list.filter((a) => a.state !== v.state);
    if (!others.length) continue;
    const sum = (m: keyof Atom, of: Atom[]) => of.reduce((s, a) => s + (a[m] as number), 0);
    const reciprocal = grid !== 'victims' && open.has(month);
    const scope = v.state === null ? list : others;
    const basisStep = stepWithin(sum('incidents', scope));
    if (small(sum('incidents', scope)) && !(v.state !== null && reciprocal)) {
      // The whole part is withheld: more or fewer incidents (or persons), and any change to its deaths.
      const a = others[0];
      if (grid === 'incidents' && basisStep !== null && (basisStep === 1 || a.incidents > 1)) changes.push(incidentChange(a, basisStep === 1));
      if (grid !== 'incidents' && basisStep !== null) changes.push(personsChange(grid, a, 'migrants', basisStep));
      if (grid === 'incidents') changes.push(personsChange(grid, a, 'deaths', 1));
      continue;
    }
    for (const m of persons) {
      if (v.state !== null && reciprocal) {
        for (const a of others) {
          const step = small(a[m]) ? stepWithin(a[m]) : null;
          if (step !== null) changes.push(personsChange(grid, a, m, step));
        }
      } else if (small(sum(m, scope))) {
        const step = stepWithin(sum(m, scope));
        const a = others.find((o) => (step === 1 ? true : o[m] > 0))!;
        if (step !== null) changes.push(personsChange(grid, a, m, step));
      }
    }
  }
  return changes;
}

async function openMonths(state: string | null): Promise<Set<number>> {
  if (!state) return new Set();
  const rows = await portal.db.query<{ m: number }>(
    sql`SELECT generate_series(month_from, month_to) AS m FROM flow_submissions WHERE state = ${state} AND status = 'submitted'`,
  );
  return new Set(rows.map((r) => r.m));
}

describe('what one viewer sees of the regional picture', () => {
  it('adds up: rows to totals, series to rows, routes and means to the same totals, contributions to the rows when every month is open', async () => {
    for (const v of viewers) {
      const seen = await everything(v.client);
      for (const { from, to } of ranges) {
        const by = (g: string) =>
          seen[`/api/flows/aggregates?from=${from}&to=${to}&groupBy=${g}`] as {
            rows: (Record<string, number | null> & { key: string })[];
            totals: Record<string, number | null>;
            series: { key: string; incidents: number | null; migrants: number | null }[];
            reciprocity: { level: string };
            contributions: Record<string, number | null>[];
          };
        for (const g of ['route', 'means', 'nationality']) {
          const a = by(g);
          for (const m of ['incidents', 'migrants', 'deaths', 'injuries']) {
            if (a.totals[m] === null) continue;
            expect(
              a.rows.reduce((s, r) => s + (r[m] as number), 0),
              `${v.name} ${g} ${m} ${from}..${to}`,
            ).toBe(a.totals[m]);
          }
          for (const r of a.rows) expect(a.series.filter((p) => p.key === r.key).reduce((s, p) => s + (p.migrants ?? 0), 0)).toBe(r.migrants);
        }
        // Figures that agree: the same incidents grouped by route or by means add up to the same totals.
        for (const m of ['incidents', 'migrants', 'deaths', 'injuries'])
          expect(by('means').totals[m], `${v.name} ${m} ${from}..${to}`).toBe(by('route').totals[m]);
        if (by('route').reciprocity.level === 'contributions')
          for (const m of ['incidents', 'migrants', 'deaths', 'injuries'])
            expect(
              by('route').contributions.reduce((s, c) => s + (c[m] as number), 0),
              `${v.name} ${m}`,
            ).toBe(by('route').totals[m]);
      }
    }
  }, 300_000);

  it('is unchanged by any change to a figure withheld from that viewer, on every endpoint, range and grouping', async () => {
    let tried = 0;
    for (const v of viewers) {
      const before = await everything(v.client);
      const open = await openMonths(v.state);
      const changes = [
        ...withheldChanges(v, 'incidents', await atoms('incidents'), open),
        ...withheldChanges(v, 'nationality', await atoms('nationality'), open),
        ...withheldChanges(v, 'victims', await atoms('victims'), open),
      ];
      expect(changes.length, v.name).toBeGreaterThan(0);
      for (const change of changes) {
        await change.apply();
        try {
          expect(await everything(v.client), `${v.name}: ${change.what}`).toEqual(before);
        } finally {
          await change.undo();
        }
        tried++;
      }
      expect(await everything(v.client), `${v.name}: all changes undone`).toEqual(before);
    }
    expect(tried).toBeGreaterThan(10);
  }, 600_000);

  it('does change when a figure the viewer may see changes (the comparison above is not blind)', async () => {
    for (const v of viewers) {
      const before = await everything(v.client);
      const idnApril = (await atoms('incidents')).find((a) => a.state === 'IDN' && a.month === 2023 * 12 + 3)!;
      const change = incidentChange(idnApril, true);
      await change.apply();
      try {
        expect(await everything(v.client), v.name).not.toEqual(before);
      } finally {
        await change.undo();
      }
    }
  }, 300_000);
});
