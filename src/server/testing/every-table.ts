// A portal with a row in every table: the demo data set, then one record of each kind the demo leaves out. The backup
// round-trip test fills a portal with this and fails naming any table still empty, so a table added later is proven
// to survive backup and restore as soon as it exists: add one record of it to FILLERS (or to its module's demo).

import { userActor } from '../access/actor.js';
import { backupTables, ident } from '../backup/catalog.js';
import { type Db, type Sql, sql } from '../db/index.js';
import { seedDemo } from '../demo/seed.js';
import type { Services } from '../services.js';
import { makeUser, signIn, type TestPortal } from './portal.js';

type Filler = (portal: TestPortal, db: Db) => Promise<void>;

const first = async <T = { id: string }>(db: Db, query: Sql): Promise<T> => {
  const row = await db.one<T>(query);
  if (!row) throw new Error('every-table: the demo data set no longer has a row this filler builds on');
  return row;
};

async function focalPoint(services: Services, state: string) {
  const user = await makeUser(services, { role: 'focal_point', state });
  return { user, subject: await services.auth.store.subjectOf((await services.auth.store.userById(user.id))!) };
}

/** Tables that stay empty by design (say why); the round-trip test does not ask for a row in them. */
export const EMPTY_BY_DESIGN: Record<string, string> = {
  'pgboss.schedule': "the portal schedules duties in public.job_schedules; pg-boss's own cron is off (jobs/queue.ts)",
  'pgboss.subscription': 'pg-boss publish/subscribe is not used',
  'public.network_import_entities': 'staging: rows live only while an import runs; the merge or the start-up sweep deletes them',
  'public.network_import_links': 'staging: rows live only while an import runs; the merge or the start-up sweep deletes them',
};

/** One record for each table the demo leaves empty, keyed by schema.table. */
export const FILLERS: Record<string, Filler> = {
  'public.sessions': async (portal) => {
    // A real sign-in: a session and a login attempt, as a user leaves them.
    await signIn(portal.app, await makeUser(portal.services, { role: 'policy', state: 'FJI' }));
  },
  'public.login_attempts': async (portal) => {
    await portal.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@every-table.example', password: 'wrong-password-1' } });
  },
  'public.state_webhooks': async (portal) => {
    // Through the service, so the secret is sealed as in a live portal.
    const { subject } = await focalPoint(portal.services, 'AUS');
    await portal.services.notifications.setWebhook(userActor(subject, null), 'AUS', 'https://hooks.example.org/bali-portal');
  },
  'public.deliveries': async (portal) => {
    await portal.services.notifications.toStates(['AUS'], { kind: 'every-table.test', title: 'A delivery', reference: 'ET-1' });
  },
  'public.alert_acknowledgements': async (_p, db) => {
    const alert = await first(db, sql`SELECT id FROM alerts ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO alert_acknowledgements (alert_id, state) VALUES (${alert.id}, 'NZL')`);
  },
  'public.intel_acknowledgements': async (_p, db) => {
    const report = await first(db, sql`SELECT id FROM intel_reports ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO intel_acknowledgements (report_id, state) VALUES (${report.id}, 'NZL')`);
  },
  'public.intel_attachments': async (_p, db) => {
    const report = await first(db, sql`SELECT id FROM intel_reports ORDER BY id LIMIT 1`);
    // Every byte value, so a backup that mangles binary content fails the checksum.
    const content = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    await db.query(sql`INSERT INTO intel_attachments (report_id, filename, media_type, size_bytes, sha256, content)
      VALUES (${report.id}, 'every-byte.bin', 'application/octet-stream', ${content.length}, 'test', ${content})`);
  },
  'public.intel_consents': async (_p, db) => {
    const report = await first(db, sql`SELECT id FROM intel_reports ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO intel_consents (report_id, requesting_state, states, reason) VALUES (${report.id}, 'NZL', '{FJI}', 'onward sharing')`);
  },
  'public.intel_rfi_messages': async (_p, db) => {
    const rfi = await first(db, sql`SELECT id FROM intel_rfis ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO intel_rfi_messages (rfi_id, author_state, body) VALUES (${rfi.id}, 'IDN', 'Answer with "quotes", a tab\tand ünïcödé')`);
  },
  'public.flow_outliers': async (_p, db) => {
    const submission = await first<{ id: string; state: string }>(db, sql`SELECT id, state FROM flow_submissions ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO flow_outliers (submission_id, state, field, value, expected)
      VALUES (${submission.id}, ${submission.state}, 'migrants', 12345.678901234567890123, 'under 500')`);
  },
  'public.legislation_reference_loads': async (_p, db) => {
    await db.query(sql`INSERT INTO legislation_reference_loads (file, rows, sha256) VALUES ('every-table.csv', 1, 'test')`);
  },
  'public.treaty_actions': async (_p, db) => {
    await db.query(sql`INSERT INTO treaty_actions (state, instrument, action, date, source) VALUES ('IDN', 'UNTOC', 'ratification', '2009-04-20', 'test')`);
  },
  'public.network_facts': async (_p, db) => {
    const entity = await first(db, sql`SELECT id FROM network_entities ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO network_facts (entity_id, property, value, classification) VALUES (${entity.id}, 'alias', 'Every Table', 'members')`);
  },
  'public.network_matches': async (_p, db) => {
    const [a, b] = await db.query<{ id: string }>(sql`SELECT id FROM network_entities ORDER BY id LIMIT 2`);
    await db.query(sql`INSERT INTO network_matches (a_id, b_id, score, reasons) VALUES (${a!.id}, ${b!.id}, 0.1 + 0.2, '{name}')`);
  },
  'public.survey_delegates': async (portal, db) => {
    const survey = await first(db, sql`SELECT id FROM surveys ORDER BY id LIMIT 1`);
    const user = await makeUser(portal.services, { role: 'policy', state: 'IDN' });
    await db.query(sql`INSERT INTO survey_delegates (survey_id, state, user_id) VALUES (${survey.id}, 'IDN', ${user.id})`);
  },
  'public.survey_files': async (_p, db) => {
    const response = await first(db, sql`SELECT id FROM survey_responses ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO survey_files (response_id, question_id, filename, content_type, size, content)
      VALUES (${response.id}, 'q1', 'law.pdf', 'application/pdf', 4, ${Buffer.from('%PDF')})`);
  },
  'public.survey_reminders': async (_p, db) => {
    const survey = await first(db, sql`SELECT id FROM surveys ORDER BY id LIMIT 1`);
    await db.query(sql`INSERT INTO survey_reminders (survey_id, state, kind) VALUES (${survey.id}, 'IDN', 'before_deadline')`);
  },
  // Identity, documents and return (issue 12): one record of each, chained as the services would chain them.
  'public.document_list_settings': async (_p, db) => {
    await db.query(sql`INSERT INTO document_list_settings (state, mode) VALUES ('IDN', 'clear') ON CONFLICT DO NOTHING`);
  },
  'public.document_records': async (_p, db) => {
    await db.query(sql`INSERT INTO document_records (owner_state, issuing_state, doc_type, number_norm, status, notes)
      VALUES ('IDN', 'IDN', 'passport', 'X1234567', 'stolen', 'every-table')`);
    await db.query(sql`INSERT INTO document_records (owner_state, issuing_state, doc_type, number_hmac, key_id, status)
      VALUES ('AUS', 'AUS', 'passport', ${Buffer.alloc(32, 7)}, 'k-test', 'lost')`);
  },
  'public.document_checks': async (_p, db) => {
    await db.query(sql`INSERT INTO document_checks (checker_state, source, lines, hits) VALUES ('THA', 'mrz', 1, 1)`);
  },
  'public.document_check_hits': async (_p, db) => {
    const check = await first(db, sql`SELECT id FROM document_checks ORDER BY at LIMIT 1`);
    const record = await first(db, sql`SELECT id FROM document_records ORDER BY created_at LIMIT 1`);
    await db.query(
      sql`INSERT INTO document_check_hits (check_id, line_index, record_id, owner_state, checker_state) VALUES (${check.id}, 0, ${record.id}, 'IDN', 'THA')`,
    );
  },
  'public.identity_designations': async (portal, db) => {
    const user = await makeUser(portal.services, { role: 'officer', state: 'MYS' });
    await db.query(sql`INSERT INTO identity_designations (user_id, duty, member_code) VALUES (${user.id}, 'verification', 'MYS')`);
  },
  'public.verification_requests': async (_p, db) => {
    await db.query(sql`INSERT INTO verification_requests (reference, from_state, to_state, person, reason, urgency, due_on)
      VALUES ('VR-EVERY-TABLE', 'AUS', 'IDN', ${JSON.stringify({ name: 'Every Table', born: '1990-01-01' })}::jsonb, 'irregular arrival', 'routine', '2030-01-01')`);
  },
  'public.verification_messages': async (_p, db) => {
    const request = await first(db, sql`SELECT id FROM verification_requests ORDER BY created_at LIMIT 1`);
    await db.query(sql`INSERT INTO verification_messages (request_id, author_state, kind, body) VALUES (${request.id}, 'IDN', 'message', 'Checking')`);
  },
  'public.verification_attachments': async (_p, db) => {
    const request = await first(db, sql`SELECT id FROM verification_requests ORDER BY created_at LIMIT 1`);
    await db.query(sql`INSERT INTO verification_attachments (request_id, kind, filename, media_type, size_bytes, sha256, content, added_state)
      VALUES (${request.id}, 'photograph', 'face.jpg', 'image/jpeg', 3, 'test', ${Buffer.from([0xff, 0xd8, 0xff])}, 'AUS')`);
  },
  'public.victim_cases': async (_p, db) => {
    await db.query(sql`INSERT INTO victim_cases (reference, kind, host_state, home_state, person, identified_on, retention_until)
      VALUES ('VC-EVERY-TABLE', 'victim', 'THA', 'MMR', ${JSON.stringify({ name: 'Every Table' })}::jsonb, '2026-01-01', '2028-01-01')`);
  },
  'public.victim_consents': async (_p, db) => {
    const vcase = await first(db, sql`SELECT id FROM victim_cases ORDER BY created_at LIMIT 1`);
    await db.query(sql`INSERT INTO victim_consents (case_id, scope, given_on, given_by) VALUES (${vcase.id}, 'home_state', '2026-01-02', 'person')`);
  },
  'public.victim_case_events': async (_p, db) => {
    const vcase = await first(db, sql`SELECT id FROM victim_cases ORDER BY created_at LIMIT 1`);
    await db.query(sql`INSERT INTO victim_case_events (case_id, actor_state, kind) VALUES (${vcase.id}, 'THA', 'identified')`);
  },
  'public.treaty_records': async (portal, db) => {
    const user = await makeUser(portal.services, { role: 'focal_point', state: 'PNG' });
    await db.query(sql`INSERT INTO treaty_records (state, instrument, action, period, precision, source, workflow, entered_by)
      VALUES ('PNG', 'TIP', 'accession', '2025-06', 'month', 'Depositary notification (test)', 'submitted', ${user.id})`);
  },
  // The job runner (issue 11 item 4): a finished job as pg-boss archives it, and a notice a duty has sent.
  'pgboss.archive': async (_p, db) => {
    await db.query(sql`INSERT INTO pgboss.archive SELECT j.*, now() FROM pgboss.job j ORDER BY j.created_on LIMIT 1`);
  },
  'public.job_notices': async (_p, db) => {
    await db.query(sql`INSERT INTO job_notices (job, key) VALUES ('surveys.reminders', 'every-table')`);
  },
  // A network import as a person runs it: one line kept, one refused (the job and its per-line error).
  'public.imports': async (portal) => {
    const client = await signIn(portal.app, await makeUser(portal.services, { role: 'analyst', state: 'AUS', clearance: 'secret' }));
    const file = `${JSON.stringify({ id: 'every-table-p1', schema: 'Person', properties: { name: ['Every Table'] } })}\n{not json\n`;
    const res = await portal.app.inject({
      method: 'POST',
      url: '/api/networks/import?classification=restricted&reliability=C&credibility=3',
      payload: file,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/x-ndjson' },
    });
    if (res.statusCode !== 200) throw new Error(`every-table: the import answered ${res.statusCode} ${res.body}`);
  },
  'public.flow_victim_cells': async (_p, db) => {
    await db.query(sql`INSERT INTO flow_victim_cells (stage, month, state, nationality, count) VALUES ('identified', 202601, 'THA', 'MMR', 1)`);
  },
};

/** Row counts per table, for the tables a backup covers. */
export async function tableCounts(db: Db): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of await backupTables(db)) counts.set(t.name, (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${ident(t.name)}`))!.n);
  return counts;
}

/** Seeds the demo, runs the filler of every table still empty, and returns the tables that are still empty. */
export async function fillEveryTable(portal: TestPortal, dataDir: string): Promise<string[]> {
  const db = portal.db;
  await seedDemo(portal.services, dataDir);
  const empty = async (table: string) => (await db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${ident(table)}`))!.n === 0;
  const counts = await tableCounts(db);
  for (const [table, fill] of Object.entries(FILLERS)) if (counts.get(table) === 0 && (await empty(table))) await fill(portal, db);
  return [...(await tableCounts(db))].filter(([name, n]) => n === 0 && !(name in EMPTY_BY_DESIGN)).map(([name]) => name);
}
