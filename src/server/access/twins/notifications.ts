// Twin: the deliveries a user may follow (their own, their state's for a focal point, all for the RSO administrator).
import { sql } from '../../db/index.js';
import { deliveriesFollowedBy, followsDelivery } from '../notifications.js';
import type { Subject } from '../subject.js';
import { actorGrid } from './actors.js';
import { combinations, type Twin } from './twin.js';

// A recipient who is in the grid (an IDN focal point), so that "their own delivery" is proven too.
const recipient = actorGrid().find((a) => a.roles.includes('focal_point') && a.state === 'IDN')!.userId;

const rows = combinations({
  state: [null, 'IDN', 'AUS'],
  userId: [null, recipient, '00000000-0000-4000-8000-999999999999'],
}).map((r, i) => ({ id: i + 1, ...r }));

export const deliveriesTwin: Twin<(typeof rows)[number]> = {
  name: 'notifications: followsDelivery = deliveriesFollowedBy',
  covers: ['deliveriesFollowedBy'],
  tables: ['CREATE TEMP TABLE deliveries (id int PRIMARY KEY, state text, user_id uuid)'],
  rows,
  insert: (r) => [sql`INSERT INTO deliveries VALUES (${r.id}, ${r.state}, ${r.userId}::uuid)`],
  select: (a) => sql`SELECT d.id FROM deliveries d WHERE ${deliveriesFollowedBy(a as Subject, 'd')}`,
  rule: (a, r) => followsDelivery(a as Subject, r),
};
