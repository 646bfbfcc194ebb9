// Builds surveys, capacity building and the public site over one database and audit log (one entry in services.ts).
import type { Db } from '../../db/index.js';
import type { AuditLog } from '../../audit/log.js';
import type { Config } from '../../config.js';
import { SurveysService, type StandardsSource } from './service.js';
import { AnsweringService, type AssessmentDrafter } from './answering.js';
import { SurveyResultsService } from './results.js';
import { SurveyMail, SurveyReminders } from './reminders.js';
import { CapacityService, type StateLegislationSource } from '../capacity/service.js';
import { PublicSite, type PublicSources } from '../public/service.js';

type PublicStatement = Awaited<ReturnType<NonNullable<PublicSources['statements']>>>[number];
type PublicCommittee = Awaited<ReturnType<NonNullable<PublicSources['committees']>>>[number];
/** The parts of legislation benchmarking (issue 3) that surveys, capacity and the public site use. */
export interface Legislation {
  catalogue: StandardsSource;
  assessments: AssessmentDrafter & StateLegislationSource;
  publicCoverage: NonNullable<PublicSources['coverage']>;
}

export function createSurveys(db: Db, audit: AuditLog, config: Config, legislation: Pick<Legislation, 'catalogue' | 'assessments'> | null) {
  const surveys = new SurveysService(db, audit, legislation?.catalogue ?? null);
  const answering = new AnsweringService(db, audit, surveys, legislation?.assessments ?? null);
  const results = new SurveyResultsService(surveys);
  const reminders = new SurveyReminders(db, audit, surveys.store, new SurveyMail(config));
  return { surveys, answering, results, reminders };
}
export type Surveys = ReturnType<typeof createSurveys>;

/** Surveys, capacity building and the public site, wired to the capabilities they draw on (one line in services.ts). */
export function createSurveysCapacityPublic(
  f: { db: Db; audit: AuditLog; config: Config },
  deps: { legislation: Legislation | null; groups: { publicStatements(): Promise<PublicStatement[]> } | null; directory: { publicCommittees(): Promise<PublicCommittee[]> } | null },
) {
  const surveys = createSurveys(f.db, f.audit, f.config, deps.legislation);
  const capacity = new CapacityService(f.db, f.audit, deps.legislation?.assessments ?? null, surveys.surveys);
  const publicSite = new PublicSite({
    statements: deps.groups ? () => deps.groups!.publicStatements() : null,
    surveys: () => surveys.results.published(),
    coverage: deps.legislation ? (asOf) => deps.legislation!.publicCoverage(asOf) : null,
    committees: deps.directory ? () => deps.directory!.publicCommittees() : null,
  });
  return { surveys, capacity, publicSite };
}
