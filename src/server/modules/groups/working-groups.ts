// The working-groups capability as one service: groups and co-chairs, meetings, statements, annual reports.
import type { Db } from '../../db/index.js';
import type { AuditLog } from '../../audit/log.js';
import { GroupsService } from './service.js';
import { MeetingsService } from './meetings/service.js';
import { StatementsService } from './statements/service.js';
import { AnnualReports } from './reports/annual.js';

export class WorkingGroupsService {
  readonly groups: GroupsService;
  readonly meetings: MeetingsService;
  readonly statements: StatementsService;
  readonly reports: AnnualReports;

  constructor(db: Db, audit: AuditLog) {
    this.groups = new GroupsService(db, audit);
    this.meetings = new MeetingsService(db, audit, this.groups);
    this.statements = new StatementsService(db, audit, this.groups);
    this.reports = new AnnualReports(audit, this.groups, this.meetings, this.statements);
  }

  /** For the public site: published statements of every working group, newest first. */
  publicStatements(limit = 50) {
    return this.statements.publicStatements(limit);
  }
}
