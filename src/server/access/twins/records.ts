// Twin: who may read a protected record (classification, releasability, clearance), as used by intelligence, alerts and networks.
import { sql } from '../../db/index.js';
import { canRead, readableBy } from '../records.js';
import { CLASSIFICATIONS } from '../subject.js';
import { actorGrid } from './actors.js';
import { combinations, type Twin } from './twin.js';

const rows = combinations({
  classification: CLASSIFICATIONS,
  ownerState: ['IDN', 'AUS', null],
  releasableStates: [[], ['IDN'], ['AUS', 'MYS']],
  releasableGroups: [[], ['g1']],
}).map((r, i) => ({ id: i + 1, ...r }));

export const recordsTwin: Twin<(typeof rows)[number]> = {
  name: 'records: canRead = readableBy',
  covers: ['readableBy'],
  tables: ['CREATE TEMP TABLE protected (id int PRIMARY KEY, owner_state text, classification text, releasable_states text[], releasable_groups text[])'],
  rows,
  insert: (r) => [
    sql`INSERT INTO protected VALUES (${r.id}, ${r.ownerState}, ${r.classification}, ${r.releasableStates}::text[], ${r.releasableGroups}::text[])`,
  ],
  select: (a) => sql`SELECT p.id FROM protected p WHERE ${readableBy(a, 'p')}`,
  rule: (a, r) => canRead(a, r),
  actors: [null, ...actorGrid()],
};
