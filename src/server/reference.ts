// Loads every capability's real reference data (membership, and more as capabilities add theirs), idempotently.
import type { Db } from './db/index.js';
import { loadLegislationReference } from './modules/legislation/reference.js';
import { loadMembers } from './modules/members/reference.js';
import { loadPlans } from './modules/plans/reference.js';

type Loader = (db: Db) => Promise<unknown>;

/** One loader per capability that ships reference data; each must be safe to run on every start. */
export const referenceLoaders: Loader[] = [loadMembers, loadLegislationReference, loadPlans];

export async function loadReferenceData(db: Db): Promise<void> {
  for (const load of referenceLoaders) await load(db);
}
