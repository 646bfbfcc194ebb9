// Twins of the flows sharing policy: other states' contributions open on reciprocity (months the actor's state submitted,
// plus the window), and a contributor's own state's figures.
import { sql } from '../../db/index.js';
import { contributionsVisibleSql, ownStateSql, ownsFigures, seesContributions, type FlowsPolicy, type SubmittedPeriod } from '../flows.js';
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
  tables, rows, insert,
  select: (a) => sql`SELECT x.id FROM cells x WHERE ${contributionsVisibleSql(a, sql`x.month`, policy)}`,
  rule: (a, r) => seesContributions(a, r.month, submittedBy(a?.state ?? null), policy),
};

export const ownFiguresTwin: Twin<(typeof rows)[number]> = {
  name: 'flows: ownsFigures = ownStateSql',
  covers: ['ownStateSql'],
  tables, rows, insert,
  select: (a) => sql`SELECT x.id FROM cells x WHERE ${ownStateSql(a, sql`x.state`)}`,
  rule: (a, r) => ownsFigures(a, r.state),
};
