// Referral and return cases API: open a case (or start one from a confirmed verification), list and read (audited), and
// each step: consent and its withdrawal, protection, referral, travel documents, the return plan, return, reception, close.

import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
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
    const tags = ['victims'];
    const read = { access: { permission: Permission.VictimsRead } };
    const write = { access: { permission: Permission.VictimsWrite } };
    const victims = services.victims;
    app.post(
      '/api/victims/cases',
      {
        config: write,
        schema: {
          tags,
          summary: "Open a referral and return case (identifying state's designated officers), or start a return from a confirmed verification",
          body: createBody,
          response: { 201: caseSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await victims.create(actorOf(req), req.body)),
    );

    app.get(
      '/api/victims/cases',
      {
        config: read,
        schema: {
          tags,
          summary: 'The cases the caller works on: as the identifying state, the home state (with consent) or the referred organisation',
          querystring: listQuery,
          response: { 200: listResponse },
        },
      },
      async (req) => victims.list(actorOf(req), req.query),
    );

    app.get(
      '/api/victims/cases/:id',
      {
        config: read,
        schema: {
          tags,
          summary: 'One case with its consents, timeline, the arrangement it relies on and what the caller may do (the read is audited)',
          params: idParams,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.get(actorOf(req), req.params.id),
    );

    app.post(
      '/api/victims/cases/:id/consents',
      {
        config: write,
        schema: {
          tags,
          summary: "Record the person's informed consent to share with the home state or with a member organisation",
          params: idParams,
          body: consentBody,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.consent(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/consents/:consentId/withdraw',
      {
        config: write,
        schema: {
          tags,
          summary: 'Withdraw a consent: the sharing it allowed stops at once',
          params: consentParams,
          body: withdrawBody,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.withdrawConsent(actorOf(req), req.params.id, req.params.consentId, req.body),
    );

    app.post(
      '/api/victims/cases/:id/protection',
      {
        config: write,
        schema: { tags, summary: 'Set the protection measures in place', params: idParams, body: protectionBody, response: { 200: caseSchema } },
      },
      async (req) => victims.protect(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/referral',
      {
        config: write,
        schema: {
          tags,
          summary: "Refer the case to a member organisation (IOM, UNHCR), with the person's consent",
          params: idParams,
          body: referralBody,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.refer(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/travel-document',
      {
        config: write,
        schema: {
          tags,
          summary: "Record the travel document the home state's mission issued",
          params: idParams,
          body: travelDocumentBody,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.issueTravelDocument(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/return-plan',
      {
        config: write,
        schema: {
          tags,
          summary: 'Set the return date (identifying state), the escort (identifying state or organisation) or the reception (home state or organisation)',
          params: idParams,
          body: returnPlanBody,
          response: { 200: caseSchema },
        },
      },
      async (req) => victims.planReturn(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/returned',
      {
        config: write,
        schema: { tags, summary: 'Record that the person left for home', params: idParams, body: returnedBody, response: { 200: caseSchema } },
      },
      async (req) => victims.markReturned(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/received',
      {
        config: write,
        schema: { tags, summary: 'Confirm the person was received at home', params: idParams, body: receivedBody, response: { 200: caseSchema } },
      },
      async (req) => victims.confirmReception(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/victims/cases/:id/close',
      {
        config: write,
        schema: { tags, summary: 'Close the case (its retention period then runs)', params: idParams, body: noteBody, response: { 200: caseSchema } },
      },
      async (req) => victims.close(actorOf(req), req.params.id, req.body.note),
    );

    app.post(
      '/api/victims/cases/:id/notes',
      {
        config: write,
        schema: { tags, summary: 'Add a note to the timeline', params: idParams, body: noteBody, response: { 200: caseSchema } },
      },
      async (req) => victims.note(actorOf(req), req.params.id, req.body.note),
    );
  },
};
