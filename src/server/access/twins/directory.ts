// Twin: the directory entries an actor keeps (the stale-entries list) and the single-entry rule.
import { sql } from '../../db/index.js';
import { canKeepDirectoryOf, keptBy } from '../directory.js';
import type { Subject } from '../subject.js';
import type { Twin } from './twin.js';

const rows = ['IDN', 'AUS', 'MYS'].map((state, i) => ({ id: i + 1, state }));

export const directoryTwin: Twin<(typeof rows)[number]> = {
  name: 'directory: canKeepDirectoryOf = keptBy',
  covers: ['keptBy'],
  tables: ['CREATE TEMP TABLE directory_entries (id int PRIMARY KEY, state text)'],
  rows,
  insert: (r) => [sql`INSERT INTO directory_entries VALUES (${r.id}, ${r.state})`],
  select: (a) => sql`SELECT e.id FROM directory_entries e WHERE ${keptBy(a as Subject, sql`e.state`)}`,
  rule: (a, r) => canKeepDirectoryOf(a as Subject, r.state),
};
