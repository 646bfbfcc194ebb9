// SQL for surveys, their versions, responses, delegates, evidence files and reminders.
import { type Db, type Sql, sql } from '../../db/index.js';
import type { AnswerValue, ResponseStatus, Section } from './schemas.js';

export interface SurveyRow {
  id: string;
  title: string;
  description: string;
  coordinator_states: string[];
  plan_ref: string | null;
  status: 'draft' | 'open' | 'closed';
  current_version: number;
  recipients: string[];
  deadline: string | null;
  sent_at: Date | null;
  closed_at: Date | null;
  published_at: Date | null;
  created_by: string | null;
  demo: boolean;
}
export interface ResponseRow {
  id: string;
  survey_id: string;
  state: string;
  version: number;
  status: ResponseStatus;
  answers: Record<string, AnswerValue>;
  review_comment: string | null;
  consent: boolean | null;
  submitted_at: Date | null;
  updated_at: Date;
  demo: boolean;
}
export interface FileRow {
  id: string;
  response_id: string;
  question_id: string;
  filename: string;
  content_type: string;
  size: number;
  uploaded_at: Date;
}

const surveyCols = sql.raw(`s.id, s.title, s.description, s.coordinator_states, s.plan_ref, s.status, s.current_version, s.recipients,
  to_char(s.deadline, 'YYYY-MM-DD') AS deadline, s.sent_at, s.closed_at, s.published_at, s.created_by, s.demo`);
const responseCols = sql.raw(`r.id, r.survey_id, r.state, r.version, r.status, r.answers, r.review_comment, r.consent, r.submitted_at, r.updated_at, r.demo`);

export class SurveysStore {
  constructor(private readonly db: Db) {}

  list(visible: Sql) {
    return this.db.query<SurveyRow>(sql`SELECT ${surveyCols} FROM surveys s WHERE ${visible} ORDER BY s.created_at DESC`);
  }

  get(id: string, lock = false) {
    return this.db.one<SurveyRow>(sql`SELECT ${surveyCols} FROM surveys s WHERE s.id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`);
  }

  async titled(title: string): Promise<boolean> {
    return (await this.db.one(sql`SELECT 1 FROM surveys WHERE title = ${title}`)) !== undefined;
  }

  async insert(s: { title: string; description: string; coordinatorStates: string[]; planRef: string | null; createdBy: string | null; demo: boolean }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO surveys (title, description, coordinator_states, plan_ref, created_by, demo)
      VALUES (${s.title}, ${s.description}, ${s.coordinatorStates}::text[], ${s.planRef}, ${s.createdBy}, ${s.demo}) RETURNING id`);
    return row!.id;
  }

  async addVersion(surveyId: string, version: number, sections: Section[], by: string | null) {
    await this.db.query(
      sql`INSERT INTO survey_versions (survey_id, version, sections, created_by) VALUES (${surveyId}, ${version}, ${JSON.stringify(sections)}::jsonb, ${by})`,
    );
    await this.db.query(sql`UPDATE surveys SET current_version = ${version} WHERE id = ${surveyId}`);
  }

  async sections(surveyId: string, version: number): Promise<Section[]> {
    const row = await this.db.one<{ sections: Section[] }>(sql`SELECT sections FROM survey_versions WHERE survey_id = ${surveyId} AND version = ${version}`);
    return row?.sections ?? [];
  }

  versions(surveyId: string) {
    return this.db.query<{ version: number; createdAt: Date }>(
      sql`SELECT version, created_at AS "createdAt" FROM survey_versions WHERE survey_id = ${surveyId} ORDER BY version`,
    );
  }

  async send(id: string, recipients: string[], deadline: string) {
    await this.db.query(sql`UPDATE surveys SET status = 'open', recipients = ${recipients}::text[], deadline = ${deadline}, sent_at = now() WHERE id = ${id}`);
  }

  async setStatus(id: string, status: 'open' | 'closed') {
    await this.db.query(sql`UPDATE surveys SET status = ${status}, closed_at = ${status === 'closed' ? sql`now()` : sql`NULL`} WHERE id = ${id}`);
  }

  async publish(id: string, by: string | null) {
    await this.db.query(sql`UPDATE surveys SET published_at = now(), published_by = ${by} WHERE id = ${id}`);
  }

  stateNames(codes: string[]) {
    return this.db.query<{ code: string; name: string; subregion: string | null }>(
      sql`SELECT code, name, subregion FROM members WHERE code = ANY(${codes}::text[]) ORDER BY name`,
    );
  }

  async memberStates(): Promise<string[]> {
    const rows = await this.db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind IN ('state', 'territory') AND status = 'member' ORDER BY code`);
    return rows.map((r) => r.code);
  }

  responses(surveyId: string) {
    return this.db.query<ResponseRow>(sql`SELECT ${responseCols} FROM survey_responses r WHERE r.survey_id = ${surveyId} ORDER BY r.state`);
  }

  responsesOfState(state: string) {
    return this.db.query<ResponseRow>(sql`SELECT ${responseCols} FROM survey_responses r WHERE r.state = ${state}`);
  }

  response(surveyId: string, state: string, lock = false) {
    return this.db.one<ResponseRow>(
      sql`SELECT ${responseCols} FROM survey_responses r WHERE r.survey_id = ${surveyId} AND r.state = ${state} ${lock ? sql`FOR UPDATE` : sql``}`,
    );
  }

  async upsertAnswers(surveyId: string, state: string, version: number, answers: Record<string, AnswerValue>, by: string | null, demo = false) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO survey_responses (survey_id, state, version, answers, updated_by, demo)
      VALUES (${surveyId}, ${state}, ${version}, ${JSON.stringify(answers)}::jsonb, ${by}, ${demo})
      ON CONFLICT (survey_id, state) DO UPDATE SET answers = excluded.answers, version = excluded.version, updated_by = excluded.updated_by, updated_at = now()
      RETURNING id`);
    return row!.id;
  }

  async setResponseStatus(id: string, status: ResponseStatus, by: string | null, comment: string | null = null) {
    const stamp = status === 'submitted' ? sql`submitted_at = now(), submitted_by = ${by}` : sql`reviewed_at = now(), reviewed_by = ${by}`;
    await this.db.query(sql`UPDATE survey_responses SET status = ${status}, review_comment = ${comment}, ${stamp} WHERE id = ${id}`);
  }

  async setConsent(id: string, consent: boolean, by: string | null) {
    await this.db.query(sql`UPDATE survey_responses SET consent = ${consent}, consent_at = now(), consent_by = ${by} WHERE id = ${id}`);
  }

  async isDelegate(surveyId: string, state: string, userId: string) {
    return !!(await this.db.one(sql`SELECT 1 FROM survey_delegates WHERE survey_id = ${surveyId} AND state = ${state} AND user_id = ${userId}`));
  }

  delegates(surveyId: string, state: string) {
    return this.db.query<{ userId: string; name: string }>(sql`
      SELECT d.user_id AS "userId", u.name FROM survey_delegates d JOIN users u ON u.id = d.user_id WHERE d.survey_id = ${surveyId} AND d.state = ${state} ORDER BY u.name`);
  }

  async addDelegate(surveyId: string, state: string, userId: string, by: string | null) {
    await this.db.query(
      sql`INSERT INTO survey_delegates (survey_id, state, user_id, added_by) VALUES (${surveyId}, ${state}, ${userId}, ${by}) ON CONFLICT DO NOTHING`,
    );
  }

  userState(userId: string) {
    return this.db.one<{ state: string | null }>(
      sql`SELECT o.member_code AS state FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ${userId} AND u.disabled_at IS NULL`,
    );
  }

  /** E-mail addresses of a state's focal points and of the officers delegated to answer this survey. */
  /** Who answers for a state (its focal points and the survey's delegates), with the language each reads. */
  async answerersOf(surveyId: string, state: string): Promise<{ email: string; locale: string | null }[]> {
    return this.db.query<{ email: string; locale: string | null }>(sql`
      SELECT DISTINCT u.email, u.locale FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE u.disabled_at IS NULL AND o.member_code = ${state}
        AND ('focal_point' = ANY(u.roles) OR u.id IN (SELECT user_id FROM survey_delegates WHERE survey_id = ${surveyId} AND state = ${state}))
      ORDER BY u.email`);
  }

  files(responseId: string) {
    return this.db.query<FileRow>(
      sql`SELECT id, response_id, question_id, filename, content_type, size, uploaded_at FROM survey_files WHERE response_id = ${responseId} ORDER BY uploaded_at`,
    );
  }

  async insertFile(f: { responseId: string; questionId: string; filename: string; contentType: string; content: Buffer; by: string | null }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO survey_files (response_id, question_id, filename, content_type, size, content, uploaded_by)
      VALUES (${f.responseId}, ${f.questionId}, ${f.filename}, ${f.contentType}, ${f.content.length}, ${f.content}, ${f.by}) RETURNING id`);
    return row!.id;
  }

  fileContent(responseId: string, fileId: string) {
    return this.db.one<{ filename: string; content_type: string; content: Uint8Array }>(sql`
      SELECT filename, content_type, content FROM survey_files WHERE id = ${fileId} AND response_id = ${responseId}`);
  }

  remindersOf(state: string) {
    return this.db.query<{ survey_id: string; kind: string; sent_at: Date }>(
      sql`SELECT survey_id, kind, sent_at FROM survey_reminders WHERE state = ${state} ORDER BY sent_at`,
    );
  }

  /** Surveys still open with a deadline, and each recipient that has not yet submitted. */
  pendingRecipients() {
    return this.db.query<{ survey_id: string; title: string; deadline: string; state: string }>(sql`
      SELECT s.id AS survey_id, s.title, to_char(s.deadline, 'YYYY-MM-DD') AS deadline, rcp.state
      FROM surveys s CROSS JOIN LATERAL unnest(s.recipients) AS rcp(state)
      LEFT JOIN survey_responses r ON r.survey_id = s.id AND r.state = rcp.state
      WHERE s.status = 'open' AND s.deadline IS NOT NULL AND (r.status IS NULL OR r.status IN ('draft', 'returned'))`);
  }

  /** Records a reminder once; false when this reminder was already sent. */
  async recordReminder(surveyId: string, state: string, kind: string): Promise<boolean> {
    const row = await this.db.one(sql`
      INSERT INTO survey_reminders (survey_id, state, kind) VALUES (${surveyId}, ${state}, ${kind}) ON CONFLICT DO NOTHING RETURNING id`);
    return !!row;
  }

  async markEmailed(surveyId: string, state: string, kind: string, count: number) {
    await this.db.query(sql`UPDATE survey_reminders SET emailed = ${count} WHERE survey_id = ${surveyId} AND state = ${state} AND kind = ${kind}`);
  }
}
