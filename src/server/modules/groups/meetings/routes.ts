// Meetings API: convene, participants, notes (Chatham House aware), documents, decisions, actions arising, annual report.
import type { z } from 'zod';
import type { Actor } from '../../../access/actor.js';
import { Permission, type RouteAccess } from '../../../access/permissions.js';
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
  const read = { permission: Permission.GroupsMeetingsRead };
  const convene = { permission: Permission.GroupsMeetingsConvene };
  const record = { permission: Permission.GroupsMeetingsRecord };

  api.get(
    '/api/groups/:code/meetings',
    { access: read, summary: 'Meetings of a working group', params: groupParams, response: meetingsResponse },
    ({ actor, params }) => meetings.list(actor, params.code),
  );

  api.post(
    '/api/groups/:code/meetings',
    {
      access: convene,
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
      access: read,
      summary: 'A meeting with its material; under Chatham House, speakers only for those who attended',
      params: meetingParams,
      response: meetingResponse,
    },
    ({ actor, params }) => meetings.detail(actor, params.id),
  );

  // Participants, notes, documents, decisions and actions are each added to a meeting the same way, answering the new id.
  const addTo = <B extends z.ZodType>(
    part: string,
    access: RouteAccess,
    summary: string,
    body: B,
    add: (actor: Actor, meetingId: string, body: z.output<B>) => Promise<{ id: string }>,
  ) =>
    api.post(`/api/groups/meetings/:id/${part}`, { access, summary, params: meetingParams, body, response: createdResponse, status: 201 }, (call) =>
      add(call.actor, call.params.id, call.body as z.output<B>),
    );
  addTo('participants', convene, 'Add a participant (the group\u2019s clearance rule applies)', participantBody, (actor, id, body) =>
    meetings.addParticipant(actor, id, body),
  );
  addTo('notes', record, 'Record what was said (by a participant who attended)', noteBody, (actor, id, body) => meetings.addNote(actor, id, body));
  addTo('documents', record, 'Attach a meeting document', documentBody, (actor, id, body) => meetings.addDocument(actor, id, body));
  addTo('decisions', convene, 'Record a decision of the meeting', decisionBody, (actor, id, body) => meetings.addDecision(actor, id, body));
  addTo('actions', convene, 'Record an action arising from the meeting', actionBody, (actor, id, body) => meetings.addAction(actor, id, body));

  api.patch(
    '/api/groups/actions/:id',
    {
      access: convene,
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
