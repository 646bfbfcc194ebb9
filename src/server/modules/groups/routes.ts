// Working groups API: groups, member states, co-chairs (nominations, rosters, decisions, history), statements.
import { Permission } from '../../access/permissions.js';
import { z } from 'zod';
import { actorOfRequest, subjectOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import {
  addMemberBody, coChairsResponse, createdResponse, createGroupBody, decideBody, groupDetail, groupIdParams, groupMemberParams, groupParams,
  groupsResponse, nominationBody, rosterBody, suggestionQuery, suggestionResponse, updateGroupBody,
} from './schemas.js';
import { registerMeetingRoutes } from './meetings/routes.js';

const statementView = z.object({
  id: z.string(), groupCode: z.string(), title: z.string(), body: z.string(), status: z.string(), approvedState: z.string().nullable(),
  approvedAt: z.date().nullable(), publishedAt: z.date().nullable(), demo: z.boolean(), createdAt: z.date(),
});
const statementBody = z.strictObject({ title: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(20_000) });

export const groupsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const wg = services.groups;
    const tags = ['groups'];
    const created = { 201: createdResponse };

    app.get('/api/groups', {
      config: { access: { permission: Permission.GroupsRead } },
      schema: { tags, summary: 'Working groups with their member states and current co-chairs', response: { 200: groupsResponse } },
    }, async (req) => wg.groups.list(subjectOf(req)));

    app.post('/api/groups', {
      config: { access: { permission: Permission.GroupsManage } },
      schema: { tags, summary: 'Establish a working group with its terms of reference', body: createGroupBody, response: created },
    }, async (req, reply) => reply.status(201).send(await wg.groups.create(req.body, actorOfRequest(req))));

    app.get('/api/groups/:code', {
      config: { access: { permission: Permission.GroupsRead } },
      schema: { tags, summary: 'A working group: terms of reference, member states, membership rule', params: groupParams, response: { 200: groupDetail } },
    }, async (req) => wg.groups.detail(subjectOf(req), req.params.code));

    app.patch('/api/groups/:code', {
      config: { access: { permission: Permission.GroupsManage } },
      schema: { tags, summary: 'Amend the terms of reference or membership rule', params: groupParams, body: updateGroupBody, response: { 200: createdResponse } },
    }, async (req) => wg.groups.update(req.params.code, req.body, actorOfRequest(req)));

    app.post('/api/groups/:code/members', {
      config: { access: { permission: Permission.GroupsManage } },
      schema: { tags, summary: 'Add a member state', params: groupParams, body: addMemberBody, response: created },
    }, async (req, reply) => reply.status(201).send(await wg.groups.addMember(req.params.code, req.body.memberCode, req.body.joinedOn, actorOfRequest(req))));

    app.delete('/api/groups/:code/members/:member', {
      config: { access: { permission: Permission.GroupsManage } },
      schema: { tags, summary: 'Remove a member state', params: groupMemberParams, response: { 200: createdResponse } },
    }, async (req) => wg.groups.removeMember(req.params.code, req.params.member, actorOfRequest(req)));

    app.get('/api/groups/:code/co-chairs', {
      config: { access: { permission: Permission.GroupsRead } },
      schema: { tags, summary: 'Co-chairs now, their history, rosters, nominations and the rules', params: groupParams, response: { 200: coChairsResponse } },
    }, async (req) => wg.groups.coChairs(req.params.code));

    app.post('/api/groups/:code/co-chairs/nominations', {
      config: { access: { permission: Permission.GroupsCoChairsNominate } },
      schema: { tags, summary: 'Nominate your state as co-chair for a year', params: groupParams, body: nominationBody, response: created },
    }, async (req, reply) => reply.status(201).send(await wg.groups.nominate(subjectOf(req), req.params.code, req.body, actorOfRequest(req))));

    app.get('/api/groups/:code/co-chairs/suggestion', {
      config: { access: { permission: Permission.GroupsRead } },
      schema: { tags, summary: 'A roster of future co-chairs that keeps the rules, from the history and nominations', params: groupParams, querystring: suggestionQuery, response: { 200: suggestionResponse } },
    }, async (req) => wg.groups.suggestion(req.params.code, req.query.fromYear, req.query.years));

    app.post('/api/groups/:code/co-chairs/rosters', {
      config: { access: { permission: Permission.GroupsCoChairsPropose } },
      schema: { tags, summary: 'Propose a co-chair roster; one that breaks a rule is refused with the rule named', params: groupParams, body: rosterBody, response: created },
    }, async (req, reply) => reply.status(201).send(await wg.groups.proposeRoster(subjectOf(req), req.params.code, req.body, actorOfRequest(req))));

    app.post('/api/groups/:code/co-chairs/rosters/:id/decide', {
      config: { access: { permission: Permission.GroupsCoChairsDecide } },
      schema: { tags, summary: 'Record the senior officials meeting decision on a roster', params: groupIdParams, body: decideBody, response: { 200: createdResponse } },
    }, async (req) => wg.groups.decideRoster(req.params.code, req.params.id, req.body, actorOfRequest(req)));

    app.get('/api/groups/:code/statements', {
      config: { access: { permission: Permission.GroupsRead } },
      schema: { tags, summary: 'Statements of the group (drafts for member states only)', params: groupParams, response: { 200: z.object({ statements: z.array(statementView) }) } },
    }, async (req) => wg.statements.list(subjectOf(req), req.params.code));

    app.post('/api/groups/:code/statements', {
      config: { access: { permission: Permission.GroupsStatementsDraft } },
      schema: { tags, summary: 'Draft a public statement', params: groupParams, body: statementBody, response: created },
    }, async (req, reply) => reply.status(201).send(await wg.statements.draft(subjectOf(req), req.params.code, req.body, actorOfRequest(req))));

    app.post('/api/groups/:code/statements/:id/approve', {
      config: { access: { permission: Permission.GroupsStatementsApprove } },
      schema: { tags, summary: 'Approve a statement as co-chair', params: groupIdParams, response: { 200: createdResponse } },
    }, async (req) => wg.statements.approve(subjectOf(req), req.params.code, req.params.id, actorOfRequest(req)));

    app.post('/api/groups/:code/statements/:id/publish', {
      config: { access: { permission: Permission.GroupsStatementsPublish } },
      schema: { tags, summary: 'Publish an approved statement to the public site', params: groupIdParams, response: { 200: createdResponse } },
    }, async (req) => wg.statements.publish(subjectOf(req), req.params.code, req.params.id, actorOfRequest(req)));

    registerMeetingRoutes(app, wg);
  },
};
