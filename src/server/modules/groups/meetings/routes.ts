// Meetings API: convene, participants, notes (Chatham House aware), documents, decisions, actions arising, annual report.
import { Permission } from '../../../access/permissions.js';
import { actorOf, type Router } from '../../../http/context.js';
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
  const tags = ['groups'];
  const created = { 201: createdResponse };
  const meetings = wg.meetings;

  app.get(
    '/api/groups/:code/meetings',
    {
      config: { access: { permission: Permission.GroupsMeetingsRead } },
      schema: { tags, summary: 'Meetings of a working group', params: groupParams, response: { 200: meetingsResponse } },
    },
    async (req) => meetings.list(actorOf(req), req.params.code),
  );

  app.post(
    '/api/groups/:code/meetings',
    {
      config: { access: { permission: Permission.GroupsMeetingsConvene } },
      schema: { tags, summary: 'Convene a meeting (co-chairs, with the secretariat)', params: groupParams, body: meetingBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.convene(actorOf(req), req.params.code, req.body)),
  );

  app.get(
    '/api/groups/meetings/:id',
    {
      config: { access: { permission: Permission.GroupsMeetingsRead } },
      schema: {
        tags,
        summary: 'A meeting with its material; under Chatham House, speakers only for those who attended',
        params: meetingParams,
        response: { 200: meetingResponse },
      },
    },
    async (req) => meetings.detail(actorOf(req), req.params.id),
  );

  app.post(
    '/api/groups/meetings/:id/participants',
    {
      config: { access: { permission: Permission.GroupsMeetingsConvene } },
      schema: { tags, summary: 'Add a participant (the group\u2019s clearance rule applies)', params: meetingParams, body: participantBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.addParticipant(actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/groups/meetings/:id/notes',
    {
      config: { access: { permission: Permission.GroupsMeetingsRecord } },
      schema: { tags, summary: 'Record what was said (by a participant who attended)', params: meetingParams, body: noteBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.addNote(actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/groups/meetings/:id/documents',
    {
      config: { access: { permission: Permission.GroupsMeetingsRecord } },
      schema: { tags, summary: 'Attach a meeting document', params: meetingParams, body: documentBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.addDocument(actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/groups/meetings/:id/decisions',
    {
      config: { access: { permission: Permission.GroupsMeetingsConvene } },
      schema: { tags, summary: 'Record a decision of the meeting', params: meetingParams, body: decisionBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.addDecision(actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/groups/meetings/:id/actions',
    {
      config: { access: { permission: Permission.GroupsMeetingsConvene } },
      schema: { tags, summary: 'Record an action arising from the meeting', params: meetingParams, body: actionBody, response: created },
    },
    async (req, reply) => reply.status(201).send(await meetings.addAction(actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/groups/actions/:id',
    {
      config: { access: { permission: Permission.GroupsMeetingsConvene } },
      schema: { tags, summary: 'Mark an action arising done or dropped', params: meetingParams, body: actionStatusBody, response: { 200: createdResponse } },
    },
    async (req) => meetings.setActionStatus(actorOf(req), req.params.id, req.body.status),
  );

  app.get(
    '/api/groups/:code/annual-report/:year',
    {
      config: { access: { permission: Permission.GroupsReportsRead } },
      schema: {
        tags,
        summary: 'The annual written report to the Steering Group, from meetings and actions',
        params: reportParams,
        response: { 200: reportResponse },
      },
    },
    async (req) => wg.reports.build(actorOf(req), req.params.code, req.params.year),
  );

  app.get(
    '/api/groups/:code/annual-report/:year/pdf',
    {
      config: { access: { permission: Permission.GroupsReportsRead } },
      schema: { tags, summary: 'The annual report as PDF', params: reportParams },
    },
    async (req, reply) => {
      const report = await wg.reports.build(actorOf(req), req.params.code, req.params.year);
      const pdf = await annualReportPdf(report, langOf(req));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${report.groupCode}-report-${report.year}.pdf"`).send(pdf);
    },
  );
}
