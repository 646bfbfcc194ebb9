// Twin: who sees an assessment still in the workflow (its own state and coordinators).
import { sql } from '../../db/index.js';
import { canSeeUnvalidated, unvalidatedVisibleTo } from '../legislation.js';
import type { Subject } from '../subject.js';
import type { Twin } from './twin.js';

const rows = ['IDN', 'AUS', 'MYS'].map((state, i) => ({ id: i + 1, state }));

export const unvalidatedAssessmentsTwin: Twin<(typeof rows)[number]> = {
  name: 'legislation: canSeeUnvalidated = unvalidatedVisibleTo',
  covers: ['unvalidatedVisibleTo'],
  tables: ['CREATE TEMP TABLE assessment_versions (id int PRIMARY KEY, state text)'],
  rows,
  insert: (r) => [sql`INSERT INTO assessment_versions VALUES (${r.id}, ${r.state})`],
  select: (a) => sql`SELECT latest.id FROM assessment_versions latest WHERE ${unvalidatedVisibleTo(a as Subject, 'latest')}`,
  rule: (a, r) => canSeeUnvalidated(a as Subject, r.state),
};
