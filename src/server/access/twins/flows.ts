// Twins of the flows sharing policy: other states' contributions open on reciprocity (months the actor's state submitted,
// plus the window), a contributor's own state's figures, and the small-cell rule on one figure.
import { sql } from '../../db/index.js';
import {
  contributionsVisibleSql,
  type FlowsPolicy,
  ownStateSql,
  ownsFigures,
  publishable,
  publishableSql,
  type SubmittedPeriod,
  seesContributions,
} from '../flows.js';
import { actor } from './actors.js';
import { combinations, type Twin } from './twin.js';

const policy: FlowsPolicy = { minCellSize: 5, windowMonths: 1 };
/** What each state has submitted (IDN months 3-5; AUS 7, and a draft for 1-2 that opens nothing). */
const submissions = [
  { state: 'IDN', monthFrom: 3, monthTo: 5, status: 'submitted' },
  { state: 'AUS', monthFrom: 7, monthTo: 7, status: 'submitted' },
  { state: 'AUS', monthFrom: 1, monthTo: 2, status: 'draft' },
];
const submittedBy = (state: string | null): SubmittedPeriod[] => submissions.filter((s) => s.state === state && s.status === 'submitted');

const rows = combinations({ month: [1, 2, 3, 4, 5, 6, 7, 8, 9], state: ['IDN', 'AUS', 'MYS'] }).map((r, i) => ({ id: i + 1, ...r }));
const tables = [
  'CREATE TEMP TABLE flow_submissions (state text, month_from int, month_to int, status text)',
  'CREATE TEMP TABLE cells (id int PRIMARY KEY, month int, state text)',
];
const insert = (r: (typeof rows)[number]) => [
  sql`INSERT INTO cells VALUES (${r.id}, ${r.month}, ${r.state})`,
  ...(r.id === 1 ? submissions.map((s) => sql`INSERT INTO flow_submissions VALUES (${s.state}, ${s.monthFrom}, ${s.monthTo}, ${s.status})`) : []),
];

export const contributionsTwin: Twin<(typeof rows)[number]> = {
  name: 'flows: seesContributions = contributionsVisibleSql',
  covers: ['contributionsVisibleSql'],
  tables,
  rows,
  insert,
  select: (a) => sql`SELECT x.id FROM cells x WHERE ${contributionsVisibleSql(a, sql`x.month`, policy)}`,
  rule: (a, r) => seesContributions(a, r.month, submittedBy(a?.state ?? null), policy),
};

export const ownFiguresTwin: Twin<(typeof rows)[number]> = {
  name: 'flows: ownsFigures = ownStateSql',
  covers: ['ownStateSql'],
  tables,
  rows,
  insert,
  select: (a) => sql`SELECT x.id FROM cells x WHERE ${ownStateSql(a, sql`x.state`)}`,
  rule: (a, r) => ownsFigures(a, r.state),
};

/** Figures from zero to twice the minimum, under two minimums (the rule reads no actor: one is enough). */
const counts = combinations({ count: [0, 1, 2, 3, 4, 5, 6, 9, 10, 11], k: [5, 10] }).map((r, i) => ({ id: i + 1, ...r }));
export const publishableTwin: Twin<(typeof counts)[number]> = {
  name: 'flows: publishable = publishableSql',
  covers: ['publishableSql'],
  tables: ['CREATE TEMP TABLE figures (id int PRIMARY KEY, count int, k int)'],
  rows: counts,
  insert: (r) => [sql`INSERT INTO figures VALUES (${r.id}, ${r.count}, ${r.k})`],
  // One query per minimum, joined: the SQL twin takes the minimum as a parameter, as the store passes it.
  select: () => sql`SELECT x.id FROM figures x WHERE (x.k = 5 AND ${publishableSql(sql`x.count`, { minCellSize: 5, windowMonths: 0 })})
    OR (x.k = 10 AND ${publishableSql(sql`x.count`, { minCellSize: 10, windowMonths: 0 })})`,
  rule: (_a, r) => publishable(r.count, { minCellSize: r.k, windowMonths: 0 }) !== null,
  actors: [actor()],
};
