// The working-groups capability as one service: groups and co-chairs, meetings, statements, annual reports.

import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import type { PlanActionsPort } from './meetings/plan-actions.js';
import { MeetingsService } from './meetings/service.js';
import { AnnualReports } from './reports/annual.js';
import { GroupsService } from './service.js';
import { StatementsService } from './statements/service.js';

export class WorkingGroupsService {
  readonly groups: GroupsService;
  readonly meetings: MeetingsService;
  readonly statements: StatementsService;
  readonly reports: AnnualReports;

  /** plans: the plans-of-action service, when present, receives every action arising as a plan action. */
  constructor(db: Db, audit: AuditLog, plans: PlanActionsPort | null = null) {
    this.groups = new GroupsService(db, audit);
    this.meetings = new MeetingsService(db, audit, this.groups, plans);
    this.statements = new StatementsService(db, audit, this.groups);
    this.reports = new AnnualReports(audit, this.groups, this.meetings, this.statements);
  }

  /** For the public site: published statements of every working group, newest first. */
  publicStatements(limit = 50) {
    return this.statements.publicStatements(limit);
  }
}
