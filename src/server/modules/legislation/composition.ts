// Builds legislation benchmarking's services over one database and audit log (one entry in services.ts).

import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { AssessmentsService } from './assessments.js';
import { CooperationService } from './cooperation.js';
import { CoverageService } from './coverage.js';
import { LegislationExports } from './exports.js';
import { ReferenceImporter } from './reference-import.js';
import { LegislationService } from './service.js';
import { TreatiesService } from './treaties.js';

export function createLegislation(db: Db, audit: AuditLog) {
  const catalogue = new LegislationService(db, audit);
  const assessments = new AssessmentsService(db, audit, catalogue);
  const treaties = new TreatiesService(db, audit, catalogue);
  const reference = new ReferenceImporter(db, audit);
  const coverage = new CoverageService(catalogue, assessments.store, treaties);
  const cooperation = new CooperationService(catalogue, coverage, treaties);
  const exports = new LegislationExports(catalogue, coverage);
  return { catalogue, assessments, treaties, reference, coverage, cooperation, exports, publicCoverage: (asOf?: string) => coverage.publicCoverage(asOf) };
}
export type Legislation = ReturnType<typeof createLegislation>;
