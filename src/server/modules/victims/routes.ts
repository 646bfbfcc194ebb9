// Referral and return cases API: open a case (or start one from a confirmed verification), list and read (audited), and
// each step: consent and its withdrawal, protection, referral, travel documents, the return plan, return, reception, close.

import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
import type { ModuleRoutes } from '../module.js';
import {
  caseSchema,
  consentBody,
  consentParams,
  createBody,
  idParams,
  listQuery,
  listResponse,
  noteBody,
  protectionBody,
  receivedBody,
  referralBody,
  returnedBody,
  returnPlanBody,
  travelDocumentBody,
  withdrawBody,
} from './schemas.js';

export const victimsRoutes: ModuleRoutes = {
  register(app, { services }) {
    const api = endpoints(app, ['victims']);
    const read = { permission: Permission.VictimsRead };
    const write = { permission: Permission.VictimsWrite };
    const victims = services.victims;
    api.post(
      '/api/victims/cases',
      {
        access: write,
        summary: "Open a referral and return case (identifying state's designated officers), or start a return from a confirmed verification",
        body: createBody,
        response: caseSchema,
        status: 201,
      },
      ({ actor, body }) => victims.create(actor, body),
    );

    api.get(
      '/api/victims/cases',
      {
        access: read,
        summary: 'The cases the caller works on: as the identifying state, the home state (with consent) or the referred organisation',
        query: listQuery,
        response: listResponse,
      },
      ({ actor, query }) => victims.list(actor, query),
    );

    api.get(
      '/api/victims/cases/:id',
      {
        access: read,
        summary: 'One case with its consents, timeline, the arrangement it relies on and what the caller may do (the read is audited)',
        params: idParams,
        response: caseSchema,
      },
      ({ actor, params }) => victims.get(actor, params.id),
    );

    api.post(
      '/api/victims/cases/:id/consents',
      {
        access: write,
        summary: "Record the person's informed consent to share with the home state or with a member organisation",
        params: idParams,
        body: consentBody,
        response: caseSchema,
      },
      ({ actor, params, body }) => victims.consent(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/consents/:consentId/withdraw',
      {
        access: write,
        summary: 'Withdraw a consent: the sharing it allowed stops at once',
        params: consentParams,
        body: withdrawBody,
        response: caseSchema,
      },
      ({ actor, params, body }) => victims.withdrawConsent(actor, params.id, params.consentId, body),
    );

    api.post(
      '/api/victims/cases/:id/protection',
      { access: write, summary: 'Set the protection measures in place', params: idParams, body: protectionBody, response: caseSchema },
      ({ actor, params, body }) => victims.protect(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/referral',
      {
        access: write,
        summary: "Refer the case to a member organisation (IOM, UNHCR), with the person's consent",
        params: idParams,
        body: referralBody,
        response: caseSchema,
      },
      ({ actor, params, body }) => victims.refer(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/travel-document',
      {
        access: write,
        summary: "Record the travel document the home state's mission issued",
        params: idParams,
        body: travelDocumentBody,
        response: caseSchema,
      },
      ({ actor, params, body }) => victims.issueTravelDocument(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/return-plan',
      {
        access: write,
        summary: 'Set the return date (identifying state), the escort (identifying state or organisation) or the reception (home state or organisation)',
        params: idParams,
        body: returnPlanBody,
        response: caseSchema,
      },
      ({ actor, params, body }) => victims.planReturn(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/returned',
      { access: write, summary: 'Record that the person left for home', params: idParams, body: returnedBody, response: caseSchema },
      ({ actor, params, body }) => victims.markReturned(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/received',
      { access: write, summary: 'Confirm the person was received at home', params: idParams, body: receivedBody, response: caseSchema },
      ({ actor, params, body }) => victims.confirmReception(actor, params.id, body),
    );

    api.post(
      '/api/victims/cases/:id/close',
      { access: write, summary: 'Close the case (its retention period then runs)', params: idParams, body: noteBody, response: caseSchema },
      ({ actor, params, body }) => victims.close(actor, params.id, body.note),
    );

    api.post(
      '/api/victims/cases/:id/notes',
      { access: write, summary: 'Add a note to the timeline', params: idParams, body: noteBody, response: caseSchema },
      ({ actor, params, body }) => victims.note(actor, params.id, body.note),
    );
  },
};
