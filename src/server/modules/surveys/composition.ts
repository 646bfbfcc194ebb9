// Builds the surveys capability's services over one database and audit log, and the legislation parts it draws on.

import type { AuditLog } from '../../audit/log.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import { ImportJobs } from '../../imports/jobs.js';
import { AnsweringService, type AssessmentDrafter } from './answering.js';
import { type Outbox, queuedMail, SurveyMail, SurveyReminders } from './reminders.js';
import { SurveyResultsService } from './results.js';
import { type StandardsSource, SurveysService } from './service.js';

/** The parts of legislation benchmarking that surveys use. */
export interface Legislation {
  catalogue: StandardsSource;
  assessments: AssessmentDrafter;
}

export function createSurveys(
  db: Db,
  audit: AuditLog,
  config: Config,
  legislation: Legislation | null,
  outbox: Outbox | null = null,
  imports: ImportJobs = new ImportJobs(db),
) {
  const surveys = new SurveysService(db, audit, legislation?.catalogue ?? null);
  const answering = new AnsweringService(db, audit, surveys, legislation?.assessments ?? null, imports);
  const results = new SurveyResultsService(surveys);
  // E-mail goes out through the notifications queue (retried with back-off) when the portal has one; else straight to SMTP.
  const reminders = new SurveyReminders(db, audit, surveys.store, outbox ? queuedMail(config, outbox) : new SurveyMail(config));
  return { surveys, answering, results, reminders };
}
export type Surveys = ReturnType<typeof createSurveys>;
