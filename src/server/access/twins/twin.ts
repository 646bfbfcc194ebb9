// A rule and its SQL twin, stated together so that one generic test proves they agree and one snapshot shows the SQL.
// Every list filter in access/ registers here (twins/index.ts); access/twins.test.ts walks them all.
import type { Sql } from '../../db/index.js';
import type { Subject } from '../subject.js';

export interface Twin<R extends { id: number }> {
  /** `<capability>: <rule> = <sqlTwin>`, as the test title and the snapshot heading. */
  name: string;
  /** The exported SQL twin functions of access/ this covers (a test refuses a twin that no entry covers). */
  covers: string[];
  /** Temporary tables with the real tables' names and the columns the filter reads (they shadow the real ones). */
  tables: string[];
  /** Every combination of the facts the rule reads. */
  rows: R[];
  /** The statements that store one row. */
  insert(row: R): Sql[];
  /** The ids the SQL twin lets the actor see, as a query over the tables. */
  select(actor: Subject | null): Sql;
  /** The single-record rule, which the query must agree with row by row. */
  rule(actor: Subject | null, row: R): boolean;
  /** Actors to prove it for (default: the grid in twins/actors.ts); anonymous only where the rule takes null. */
  actors?: (Subject | null)[];
}

/** Every combination of the given choices, as objects (a small cartesian product for the rows of a twin). */
export function combinations<T extends Record<string, readonly unknown[]>>(choices: T): { [K in keyof T]: T[K][number] }[] {
  let out: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(choices)) out = out.flatMap((o) => values.map((v) => ({ ...o, [key]: v })));
  return out as { [K in keyof T]: T[K][number] }[];
}
