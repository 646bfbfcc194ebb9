// Twin: which agreements a member sees (drafts only by their parties and the RSO).
import { sql } from '../../db/index.js';
import { agreementsVisibleTo, seesAgreement } from '../agreements.js';
import type { Subject } from '../subject.js';
import { combinations, type Twin } from './twin.js';

const rows = combinations({
  status: ['draft', 'signed', 'in_force'],
  parties: [
    ['IDN', 'AUS'],
    ['AUS', 'MYS'],
    ['MYS', 'THA', 'IDN'],
  ],
}).map((r, i) => ({ id: i + 1, ...r }));

export const agreementsTwin: Twin<(typeof rows)[number]> = {
  name: 'agreements: seesAgreement = agreementsVisibleTo',
  covers: ['agreementsVisibleTo'],
  tables: ['CREATE TEMP TABLE agreements (id int PRIMARY KEY, status text)', 'CREATE TEMP TABLE agreement_parties (agreement_id int, member_code text)'],
  rows,
  insert: (r) => [
    sql`INSERT INTO agreements VALUES (${r.id}, ${r.status})`,
    ...r.parties.map((p) => sql`INSERT INTO agreement_parties VALUES (${r.id}, ${p})`),
  ],
  select: (a) => sql`SELECT ag.id FROM agreements ag WHERE ${agreementsVisibleTo(a as Subject, 'ag')}`,
  rule: (a, r) => seesAgreement(a as Subject, r),
};
