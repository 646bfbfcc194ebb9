// Twins: which accounts an administrator sees, and which organisations they may add accounts to.
import { sql } from '../../db/index.js';
import { accountsScope, organisationsScope, seesAccount, seesOrganisation } from '../accounts.js';
import type { Subject } from '../subject.js';
import type { Twin } from './twin.js';

const states = ['IDN', 'AUS', null];
const rows = states.map((state, i) => ({ id: i + 1, state }));
const tables = ['CREATE TEMP TABLE organisations (id int PRIMARY KEY, member_code text)', 'CREATE TEMP TABLE users (id int PRIMARY KEY, organisation_id int)'];
const insert = (r: (typeof rows)[number]) => [sql`INSERT INTO organisations VALUES (${r.id}, ${r.state})`, sql`INSERT INTO users VALUES (${r.id}, ${r.id})`];

export const accountsTwin: Twin<(typeof rows)[number]> = {
  name: 'accounts: seesAccount = accountsScope',
  covers: ['accountsScope'],
  tables,
  rows,
  insert,
  select: (a) => sql`SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE ${accountsScope(a as Subject)}`,
  rule: (a, r) => seesAccount(a as Subject, r),
};

export const organisationsTwin: Twin<(typeof rows)[number]> = {
  name: 'accounts: seesOrganisation = organisationsScope',
  covers: ['organisationsScope'],
  tables,
  rows,
  insert,
  select: (a) => sql`SELECT o.id FROM organisations o WHERE ${organisationsScope(a as Subject)}`,
  rule: (a, r) => seesOrganisation(a as Subject, r),
};
