// Working groups API: groups, member states, co-chairs (nominations, rosters, decisions, history), statements.
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['groups']);

    api.get(
      '/api/groups',
      { access: { permission: Permission.GroupsRead }, summary: 'Working groups with their member states and current co-chairs', response: groupsResponse },
      ({ actor }) => wg.groups.list(actor),
    );

    api.post(
      '/api/groups',
      {
        access: { permission: Permission.GroupsManage },
        summary: 'Establish a working group with its terms of reference',
        body: createGroupBody,
        response: createdResponse,
        status: 201,
      },
      ({ actor, body }) => wg.groups.create(actor, body),
    );

    api.get(
      '/api/groups/:code',
      {
        access: { permission: Permission.GroupsRead },
        summary: 'A working group: terms of reference, member states, membership rule',
        params: groupParams,
        response: groupDetail,
      },
      ({ actor, params }) => wg.groups.detail(actor, params.code),
    );

    api.patch(
      '/api/groups/:code',
      {
        access: { permission: Permission.GroupsManage },
        summary: 'Amend the terms of reference or membership rule',
        params: groupParams,
        body: updateGroupBody,
        response: createdResponse,
      },
      ({ actor, params, body }) => wg.groups.update(actor, params.code, body),
    );

    api.post(
      '/api/groups/:code/members',
      {
        access: { permission: Permission.GroupsManage },
        summary: 'Add a member state',
        params: groupParams,
        body: addMemberBody,
        response: createdResponse,
        status: 201,
      },
      ({ actor, params, body }) => wg.groups.addMember(actor, params.code, body.memberCode, body.joinedOn),
    );

    api.delete(
      '/api/groups/:code/members/:member',
      { access: { permission: Permission.GroupsManage }, summary: 'Remove a member state', params: groupMemberParams, response: createdResponse },
      ({ actor, params }) => wg.groups.removeMember(actor, params.code, params.member),
    );

    api.get(
      '/api/groups/:code/co-chairs',
      {
        access: { permission: Permission.GroupsRead },
        summary: 'Co-chairs now, their history, rosters, nominations and the rules',
        params: groupParams,
        response: coChairsResponse,
      },
      async ({ params, req }) => localised(await wg.groups.coChairs(params.code), langOf(req)),
    );

    api.post(
      '/api/groups/:code/co-chairs/nominations',
      {
        access: { permission: Permission.GroupsCoChairsNominate },
        summary: 'Nominate your state as co-chair for a year',
        params: groupParams,
        body: nominationBody,
        response: createdResponse,
        status: 201,
      },
      ({ actor, params, body }) => wg.groups.nominate(actor, params.code, body),
    );

    api.get(
      '/api/groups/:code/co-chairs/suggestion',
      {
        access: { permission: Permission.GroupsRead },
        summary: 'A roster of future co-chairs that keeps the rules, from the history and nominations',
        params: groupParams,
        query: suggestionQuery,
        response: suggestionResponse,
      },
      ({ params, query }) => wg.groups.suggestion(params.code, query.fromYear, query.years),
    );

    api.post(
      '/api/groups/:code/co-chairs/rosters',
      {
        access: { permission: Permission.GroupsCoChairsPropose },
        summary: 'Propose a co-chair roster; one that breaks a rule is refused with the rule named',
        params: groupParams,
        body: rosterBody,
        response: createdResponse,
        status: 201,
      },
      ({ actor, params, body }) => wg.groups.proposeRoster(actor, params.code, body),
    );

    api.post(
      '/api/groups/:code/co-chairs/rosters/:id/decide',
      {
        access: { permission: Permission.GroupsCoChairsDecide },
        summary: 'Record the senior officials meeting decision on a roster',
        params: groupIdParams,
        body: decideBody,
        response: createdResponse,
      },
      ({ actor, params, body }) => wg.groups.decideRoster(actor, params.code, params.id, body),
    );

    api.get(
      '/api/groups/:code/statements',
      {
        access: { permission: Permission.GroupsRead },
        summary: 'Statements of the group (drafts for member states only)',
        params: groupParams,
        response: statementsResponse,
      },
      ({ actor, params }) => wg.statements.list(actor, params.code),
    );

    api.post(
      '/api/groups/:code/statements',
      {
        access: { permission: Permission.GroupsStatementsDraft },
        summary: 'Draft a public statement',
        params: groupParams,
        body: statementBody,
        response: createdResponse,
        status: 201,
      },
      ({ actor, params, body }) => wg.statements.draft(actor, params.code, body),
    );

    api.post(
      '/api/groups/:code/statements/:id/approve',
      {
        access: { permission: Permission.GroupsStatementsApprove },
        summary: 'Approve a statement as co-chair',
        params: groupIdParams,
        response: createdResponse,
      },
      ({ actor, params }) => wg.statements.approve(actor, params.code, params.id),
    );

    api.post(
      '/api/groups/:code/statements/:id/publish',
      {
        access: { permission: Permission.GroupsStatementsPublish },
        summary: 'Publish an approved statement to the public site',
        params: groupIdParams,
        response: createdResponse,
      },
      ({ actor, params }) => wg.statements.publish(actor, params.code, params.id),
    );

    registerMeetingRoutes(app, wg);
  },
};
