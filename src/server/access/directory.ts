// Who keeps the directory: members read contact details; each state's focal point keeps its own entries.
import { type Sql, sql } from '../db/index.js';
import { hasRole, type Subject } from './subject.js';

/** The RSO admin keeps any state's entries; a focal point only their own state's. */
export function canKeepDirectoryOf(subject: Subject, state: string): boolean {
  if (hasRole(subject, 'admin')) return true;
  return hasRole(subject, 'focal_point') && subject.state === state;
}

/** SQL twin over a column holding the keeping state: the entries this subject keeps (for the stale list). */
export function keptBy(subject: Subject, stateColumn: Sql): Sql {
  if (hasRole(subject, 'admin')) return sql`TRUE`;
  if (hasRole(subject, 'focal_point') && subject.state) return sql`${stateColumn} = ${subject.state}`;
  return sql`FALSE`;
}

/** What the actor may do with one directory entry kept by `state`, sent with it as `can`. */
export function directoryEntryAbilities(actor: Subject, state: string) {
  const keeps = canKeepDirectoryOf(actor, state);
  return { edit: keeps, confirm: keeps, remove: keeps };
}
