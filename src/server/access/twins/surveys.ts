// Twin: which surveys an actor sees (drafts to their coordinators, sent ones to recipients, published ones to members).
import { sql } from '../../db/index.js';
import type { Subject } from '../subject.js';
import { seesSurvey, surveysVisibleTo } from '../surveys.js';
import { actorGrid } from './actors.js';
import { combinations, type Twin } from './twin.js';

// A creator who is in the grid, so that "their own draft" is proven too.
const creator = actorGrid().find((a) => a.roles.includes('coordinator') && a.state === 'AUS')!.userId;

const rows = combinations({
  status: ['draft', 'open', 'closed'] as const,
  coordinatorStates: [[], ['IDN']],
  recipients: [[], ['IDN'], ['AUS', 'MYS']],
  createdBy: [null, creator],
  published: [false, true],
}).map((r, i) => ({ id: i + 1, ...r }));

export const surveysTwin: Twin<(typeof rows)[number]> = {
  name: 'surveys: seesSurvey = surveysVisibleTo',
  covers: ['surveysVisibleTo'],
  tables: [
    'CREATE TEMP TABLE surveys (id int PRIMARY KEY, status text, coordinator_states text[], recipients text[], created_by uuid, published_at timestamptz)',
  ],
  rows,
  insert: (r) => [
    sql`INSERT INTO surveys VALUES (${r.id}, ${r.status}, ${r.coordinatorStates}::text[], ${r.recipients}::text[], ${r.createdBy}::uuid,
    ${r.published ? '2025-01-01T00:00:00Z' : null}::timestamptz)`,
  ],
  select: (a) => sql`SELECT s.id FROM surveys s WHERE ${surveysVisibleTo(a as Subject, 's')}`,
  rule: (a, r) => seesSurvey(a as Subject, r),
};
