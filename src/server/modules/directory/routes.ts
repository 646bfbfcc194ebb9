// Directory API: contact details for members, kept by each state's focal point; a stale list and "still correct".
import { Permission } from '../../access/permissions.js';
import { actorOf } from '../../http/context.js';
import type { ModuleRoutes } from '../module.js';
import {
  committeeBody,
  committeePatch,
  committeeSchema,
  contactPointBody,
  contactPointPatch,
  contactPointSchema,
  directoryQuery,
  directoryResponse,
  entryParams,
  idParams,
  liaisonOfficerBody,
  liaisonOfficerPatch,
  liaisonOfficerSchema,
  okResponse as ok,
  staleResponse,
  topicsResponse,
} from './schemas.js';

export const directoryRoutes: ModuleRoutes = {
  register(app, { services }) {
    const tags = ['directory'];
    const read = { permission: Permission.DirectoryRead };
    const write = { permission: Permission.DirectoryWrite };
    const directory = services.directory;

    app.get(
      '/api/directory',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'National committees, contact points, liaison officers and agencies (members only)',
          querystring: directoryQuery,
          response: { 200: directoryResponse },
        },
      },
      async (req) => directory.list(actorOf(req), req.query),
    );

    app.get(
      '/api/directory/topics',
      {
        config: { access: read },
        schema: { tags, summary: 'Contact point topics', response: { 200: topicsResponse } },
      },
      async () => directory.topics(),
    );

    app.get(
      '/api/directory/stale',
      {
        config: { access: write },
        schema: { tags, summary: 'Entries you keep that nobody has confirmed for 12 months', response: { 200: staleResponse } },
      },
      async (req) => directory.stale(actorOf(req)),
    );

    app.post(
      '/api/directory/committees',
      {
        config: { access: write },
        schema: { tags, summary: 'Add a national committee', body: committeeBody, response: { 201: committeeSchema } },
      },
      async (req, reply) => reply.status(201).send(await directory.addCommittee(actorOf(req), req.body)),
    );

    app.patch(
      '/api/directory/committees/:id',
      {
        config: { access: write },
        schema: { tags, summary: 'Change a national committee', params: idParams, body: committeePatch, response: { 200: committeeSchema } },
      },
      async (req) => directory.updateCommittee(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/directory/contact-points',
      {
        config: { access: write },
        schema: { tags, summary: 'Add a designated contact point', body: contactPointBody, response: { 201: contactPointSchema } },
      },
      async (req, reply) => reply.status(201).send(await directory.addContactPoint(actorOf(req), req.body)),
    );

    app.patch(
      '/api/directory/contact-points/:id',
      {
        config: { access: write },
        schema: { tags, summary: 'Change a contact point', params: idParams, body: contactPointPatch, response: { 200: contactPointSchema } },
      },
      async (req) => directory.updateContactPoint(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/directory/liaison-officers',
      {
        config: { access: write },
        schema: { tags, summary: 'Add a liaison officer posted abroad', body: liaisonOfficerBody, response: { 201: liaisonOfficerSchema } },
      },
      async (req, reply) => reply.status(201).send(await directory.addLiaisonOfficer(actorOf(req), req.body)),
    );

    app.patch(
      '/api/directory/liaison-officers/:id',
      {
        config: { access: write },
        schema: { tags, summary: 'Change a liaison officer posting', params: idParams, body: liaisonOfficerPatch, response: { 200: liaisonOfficerSchema } },
      },
      async (req) => directory.updateLiaisonOfficer(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/directory/:kind/:id/confirm',
      {
        config: { access: write },
        schema: { tags, summary: 'Confirm an entry is still correct', params: entryParams, response: { 200: ok } },
      },
      async (req) => {
        await directory.confirm(actorOf(req), req.params.kind, req.params.id);
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/directory/:kind/:id',
      {
        config: { access: write },
        schema: { tags, summary: 'Remove an entry', params: entryParams, response: { 200: ok } },
      },
      async (req) => {
        await directory.remove(actorOf(req), req.params.kind, req.params.id);
        return { ok: true as const };
      },
    );
  },
};
