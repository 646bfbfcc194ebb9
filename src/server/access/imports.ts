// Who sees an import job (its counts, per-line errors and notices): the person who started it, no one else. Its error
// messages name ids and values from the file, which may be classified, so not even an administrator reads them.
import { type Sql, sql } from '../db/index.js';
import type { Subject } from './subject.js';

export function canSeeImport(subject: Subject, job: { userId: string | null }): boolean {
  return job.userId !== null && job.userId === subject.userId;
}

/** The same rule in SQL, for lists (`alias` is the imports table). */
export function importsVisibleTo(subject: Subject, alias = 'i'): Sql {
  return sql`${sql.raw(alias)}.user_id = ${subject.userId}::uuid`;
}
