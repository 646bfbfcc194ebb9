// Every rule of access/ that has an SQL twin, registered once: twins.test.ts proves each pair agrees and
// access.sql (the committed snapshot) shows the SQL each produces for a few named actors.

import { accountsTwin, organisationsTwin } from './accounts.js';
import { agreementsTwin } from './agreements.js';
import { directoryTwin } from './directory.js';
import { contributionsTwin, ownFiguresTwin, publishableTwin } from './flows.js';
import { casesTwin, documentChecksTwin, verificationsTwin } from './identity.js';
import { importsTwin } from './imports.js';
import { treatyRecordsTwin, unvalidatedAssessmentsTwin } from './legislation.js';
import { deliveriesTwin } from './notifications.js';
import { recordsTwin } from './records.js';
import { surveysTwin } from './surveys.js';
import type { Twin } from './twin.js';

export const TWINS = [
  recordsTwin,
  accountsTwin,
  organisationsTwin,
  directoryTwin,
  agreementsTwin,
  unvalidatedAssessmentsTwin,
  treatyRecordsTwin,
  surveysTwin,
  contributionsTwin,
  ownFiguresTwin,
  publishableTwin,
  verificationsTwin,
  casesTwin,
  documentChecksTwin,
  deliveriesTwin,
  importsTwin,
] as unknown as Twin<{ id: number }>[];
