// Meetings API: convene, participants, notes (Chatham House aware), documents, decisions, actions arising, annual report.
import { Permission } from '../../../access/permissions.js';
import type { Router } from '../../../http/context.js';
import { endpoints } from '../../../http/endpoint.js';
import { langOf } from '../../../i18n/request.js';
import { annualReportPdf } from '../reports/annual-pdf.js';
import { createdResponse, groupParams } from '../schemas.js';
import type { WorkingGroupsService } from '../working-groups.js';
import {
  actionBody,
  actionStatusBody,
  decisionBody,
  documentBody,
  meetingBody,
  meetingParams,
  meetingResponse,
  meetingsResponse,
  noteBody,
  participantBody,
  reportParams,
  reportResponse,
} from './schemas.js';

export function registerMeetingRoutes(app: Router, wg: WorkingGroupsService) {
  const api = endpoints(app, ['groups']);
  const meetings = wg.meetings;

  api.get(
    '/api/groups/:code/meetings',
    { access: { permission: Permission.GroupsMeetingsRead }, summary: 'Meetings of a working group', params: groupParams, response: meetingsResponse },
    ({ actor, params }) => meetings.list(actor, params.code),
  );

  api.post(
    '/api/groups/:code/meetings',
    {
      access: { permission: Permission.GroupsMeetingsConvene },
      summary: 'Convene a meeting (co-chairs, with the secretariat)',
      params: groupParams,
      body: meetingBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.convene(actor, params.code, body),
  );

  api.get(
    '/api/groups/meetings/:id',
    {
      access: { permission: Permission.GroupsMeetingsRead },
      summary: 'A meeting with its material; under Chatham House, speakers only for those who attended',
      params: meetingParams,
      response: meetingResponse,
    },
    ({ actor, params }) => meetings.detail(actor, params.id),
  );

  api.post(
    '/api/groups/meetings/:id/participants',
    {
      access: { permission: Permission.GroupsMeetingsConvene },
      summary: 'Add a participant (the group\u2019s clearance rule applies)',
      params: meetingParams,
      body: participantBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.addParticipant(actor, params.id, body),
  );

  api.post(
    '/api/groups/meetings/:id/notes',
    {
      access: { permission: Permission.GroupsMeetingsRecord },
      summary: 'Record what was said (by a participant who attended)',
      params: meetingParams,
      body: noteBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.addNote(actor, params.id, body),
  );

  api.post(
    '/api/groups/meetings/:id/documents',
    {
      access: { permission: Permission.GroupsMeetingsRecord },
      summary: 'Attach a meeting document',
      params: meetingParams,
      body: documentBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.addDocument(actor, params.id, body),
  );

  api.post(
    '/api/groups/meetings/:id/decisions',
    {
      access: { permission: Permission.GroupsMeetingsConvene },
      summary: 'Record a decision of the meeting',
      params: meetingParams,
      body: decisionBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.addDecision(actor, params.id, body),
  );

  api.post(
    '/api/groups/meetings/:id/actions',
    {
      access: { permission: Permission.GroupsMeetingsConvene },
      summary: 'Record an action arising from the meeting',
      params: meetingParams,
      body: actionBody,
      response: createdResponse,
      status: 201,
    },
    ({ actor, params, body }) => meetings.addAction(actor, params.id, body),
  );

  api.patch(
    '/api/groups/actions/:id',
    {
      access: { permission: Permission.GroupsMeetingsConvene },
      summary: 'Mark an action arising done or dropped',
      params: meetingParams,
      body: actionStatusBody,
      response: createdResponse,
    },
    ({ actor, params, body }) => meetings.setActionStatus(actor, params.id, body.status),
  );

  api.get(
    '/api/groups/:code/annual-report/:year',
    {
      access: { permission: Permission.GroupsReportsRead },
      summary: 'The annual written report to the Steering Group, from meetings and actions',
      params: reportParams,
      response: reportResponse,
    },
    ({ actor, params }) => wg.reports.build(actor, params.code, params.year),
  );

  api.get(
    '/api/groups/:code/annual-report/:year/pdf',
    { access: { permission: Permission.GroupsReportsRead }, summary: 'The annual report as PDF', params: reportParams },
    async ({ actor, params, req, reply }) => {
      const report = await wg.reports.build(actor, params.code, params.year);
      const pdf = await annualReportPdf(report, langOf(req));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${report.groupCode}-report-${report.year}.pdf"`).send(pdf);
    },
  );
}
