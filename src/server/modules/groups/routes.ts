// Working groups API: groups, member states, co-chairs (nominations, rosters, decisions, history), statements.
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import { langOf } from '../../i18n/request.js';
import { localised } from '../../i18n/text.js';
import type { ModuleRoutes } from '../module.js';
import { registerMeetingRoutes } from './meetings/routes.js';
import {
  addMemberBody,
  coChairsResponse,
  createdResponse,
  createGroupBody,
  decideBody,
  groupDetail,
  groupIdParams,
  groupMemberParams,
  groupParams,
  groupsResponse,
  nominationBody,
  rosterBody,
  statementBody,
  statementsResponse,
  suggestionQuery,
  suggestionResponse,
  updateGroupBody,
} from './schemas.js';

export const groupsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const wg = services.groups;
    const tags = ['groups'];
    const created = { 201: createdResponse };

    app.get(
      '/api/groups',
      {
        config: { access: { permission: Permission.GroupsRead } },
        schema: { tags, summary: 'Working groups with their member states and current co-chairs', response: { 200: groupsResponse } },
      },
      async (req) => wg.groups.list(actorOf(req)),
    );

    app.post(
      '/api/groups',
      {
        config: { access: { permission: Permission.GroupsManage } },
        schema: { tags, summary: 'Establish a working group with its terms of reference', body: createGroupBody, response: created },
      },
      async (req, reply) => reply.status(201).send(await wg.groups.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/groups/:code',
      {
        config: { access: { permission: Permission.GroupsRead } },
        schema: { tags, summary: 'A working group: terms of reference, member states, membership rule', params: groupParams, response: { 200: groupDetail } },
      },
      async (req) => wg.groups.detail(actorOf(req), req.params.code),
    );

    app.patch(
      '/api/groups/:code',
      {
        config: { access: { permission: Permission.GroupsManage } },
        schema: {
          tags,
          summary: 'Amend the terms of reference or membership rule',
          params: groupParams,
          body: updateGroupBody,
          response: { 200: createdResponse },
        },
      },
      async (req) => wg.groups.update(actorOf(req), req.params.code, req.body),
    );

    app.post(
      '/api/groups/:code/members',
      {
        config: { access: { permission: Permission.GroupsManage } },
        schema: { tags, summary: 'Add a member state', params: groupParams, body: addMemberBody, response: created },
      },
      async (req, reply) => reply.status(201).send(await wg.groups.addMember(actorOf(req), req.params.code, req.body.memberCode, req.body.joinedOn)),
    );

    app.delete(
      '/api/groups/:code/members/:member',
      {
        config: { access: { permission: Permission.GroupsManage } },
        schema: { tags, summary: 'Remove a member state', params: groupMemberParams, response: { 200: createdResponse } },
      },
      async (req) => wg.groups.removeMember(actorOf(req), req.params.code, req.params.member),
    );

    app.get(
      '/api/groups/:code/co-chairs',
      {
        config: { access: { permission: Permission.GroupsRead } },
        schema: { tags, summary: 'Co-chairs now, their history, rosters, nominations and the rules', params: groupParams, response: { 200: coChairsResponse } },
      },
      async (req) => localised(await wg.groups.coChairs(req.params.code), langOf(req)),
    );

    app.post(
      '/api/groups/:code/co-chairs/nominations',
      {
        config: { access: { permission: Permission.GroupsCoChairsNominate } },
        schema: { tags, summary: 'Nominate your state as co-chair for a year', params: groupParams, body: nominationBody, response: created },
      },
      async (req, reply) => reply.status(201).send(await wg.groups.nominate(actorOf(req), req.params.code, req.body)),
    );

    app.get(
      '/api/groups/:code/co-chairs/suggestion',
      {
        config: { access: { permission: Permission.GroupsRead } },
        schema: {
          tags,
          summary: 'A roster of future co-chairs that keeps the rules, from the history and nominations',
          params: groupParams,
          querystring: suggestionQuery,
          response: { 200: suggestionResponse },
        },
      },
      async (req) => wg.groups.suggestion(req.params.code, req.query.fromYear, req.query.years),
    );

    app.post(
      '/api/groups/:code/co-chairs/rosters',
      {
        config: { access: { permission: Permission.GroupsCoChairsPropose } },
        schema: {
          tags,
          summary: 'Propose a co-chair roster; one that breaks a rule is refused with the rule named',
          params: groupParams,
          body: rosterBody,
          response: created,
        },
      },
      async (req, reply) => reply.status(201).send(await wg.groups.proposeRoster(actorOf(req), req.params.code, req.body)),
    );

    app.post(
      '/api/groups/:code/co-chairs/rosters/:id/decide',
      {
        config: { access: { permission: Permission.GroupsCoChairsDecide } },
        schema: {
          tags,
          summary: 'Record the senior officials meeting decision on a roster',
          params: groupIdParams,
          body: decideBody,
          response: { 200: createdResponse },
        },
      },
      async (req) => wg.groups.decideRoster(actorOf(req), req.params.code, req.params.id, req.body),
    );

    app.get(
      '/api/groups/:code/statements',
      {
        config: { access: { permission: Permission.GroupsRead } },
        schema: { tags, summary: 'Statements of the group (drafts for member states only)', params: groupParams, response: { 200: statementsResponse } },
      },
      async (req) => wg.statements.list(actorOf(req), req.params.code),
    );

    app.post(
      '/api/groups/:code/statements',
      {
        config: { access: { permission: Permission.GroupsStatementsDraft } },
        schema: { tags, summary: 'Draft a public statement', params: groupParams, body: statementBody, response: created },
      },
      async (req, reply) => reply.status(201).send(await wg.statements.draft(actorOf(req), req.params.code, req.body)),
    );

    app.post(
      '/api/groups/:code/statements/:id/approve',
      {
        config: { access: { permission: Permission.GroupsStatementsApprove } },
        schema: { tags, summary: 'Approve a statement as co-chair', params: groupIdParams, response: { 200: createdResponse } },
      },
      async (req) => wg.statements.approve(actorOf(req), req.params.code, req.params.id),
    );

    app.post(
      '/api/groups/:code/statements/:id/publish',
      {
        config: { access: { permission: Permission.GroupsStatementsPublish } },
        schema: { tags, summary: 'Publish an approved statement to the public site', params: groupIdParams, response: { 200: createdResponse } },
      },
      async (req) => wg.statements.publish(actorOf(req), req.params.code, req.params.id),
    );

    registerMeetingRoutes(app, wg);
  },
};
