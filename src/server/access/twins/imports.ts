// Twin: the import jobs an actor sees (their list) and the single-job rule: only the one who started it.
import { sql } from '../../db/index.js';
import { canSeeImport, importsVisibleTo } from '../imports.js';
import type { Subject } from '../subject.js';
import { actorGrid } from './actors.js';
import type { Twin } from './twin.js';

const starters = [
  ...actorGrid()
    .slice(0, 3)
    .map((a) => a.userId),
  null,
];
const rows = starters.map((userId, i) => ({ id: i + 1, userId }));

export const importsTwin: Twin<(typeof rows)[number]> = {
  name: 'imports: canSeeImport = importsVisibleTo',
  covers: ['importsVisibleTo'],
  tables: ['CREATE TEMP TABLE imports (id int PRIMARY KEY, user_id uuid)'],
  rows,
  insert: (r) => [sql`INSERT INTO imports VALUES (${r.id}, ${r.userId}::uuid)`],
  select: (a) => sql`SELECT i.id FROM imports i WHERE ${importsVisibleTo(a as Subject)}`,
  rule: (a, r) => canSeeImport(a as Subject, { userId: r.userId }),
};
