// Twin: who sees an assessment still in the workflow (its own state and coordinators).
import { sql } from '../../db/index.js';
import { canSeeTreatyRecord, canSeeUnvalidated, treatyRecordVisibleTo, unvalidatedVisibleTo } from '../legislation.js';
import type { Subject } from '../subject.js';
import { combinations, type Twin } from './twin.js';

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

const treatyRows = combinations({ state: ['IDN', 'AUS', 'MYS'], workflow: ['submitted', 'validated', 'returned'] }).map((r, i) => ({ id: i + 1, ...r }));

export const treatyRecordsTwin: Twin<(typeof treatyRows)[number]> = {
  name: 'legislation: canSeeTreatyRecord = treatyRecordVisibleTo',
  covers: ['treatyRecordVisibleTo'],
  tables: ['CREATE TEMP TABLE treaty_records (id int PRIMARY KEY, state text, workflow text)'],
  rows: treatyRows,
  insert: (r) => [sql`INSERT INTO treaty_records VALUES (${r.id}, ${r.state}, ${r.workflow})`],
  select: (a) => sql`SELECT r.id FROM treaty_records r WHERE ${treatyRecordVisibleTo(a as Subject, 'r')}`,
  rule: (a, r) => canSeeTreatyRecord(a as Subject, r),
};
