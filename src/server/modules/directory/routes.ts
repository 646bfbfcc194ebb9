// Directory API: contact details for members, kept by each state's focal point; a stale list and "still correct".
import { Permission } from '../../access/permissions.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, ['directory']);
    const read = { permission: Permission.DirectoryRead };
    const write = { permission: Permission.DirectoryWrite };
    const directory = services.directory;

    api.get(
      '/api/directory',
      {
        access: read,
        summary: 'National committees, contact points, liaison officers and agencies (members only)',
        query: directoryQuery,
        response: directoryResponse,
      },
      ({ actor, query }) => directory.list(actor, query),
    );
    api.get('/api/directory/topics', { access: read, summary: 'Contact point topics', response: topicsResponse }, () => directory.topics());
    api.get(
      '/api/directory/stale',
      { access: write, summary: 'Entries you keep that nobody has confirmed for 12 months', response: staleResponse },
      ({ actor }) => directory.stale(actor),
    );

    api.post(
      '/api/directory/committees',
      { access: write, summary: 'Add a national committee', body: committeeBody, response: committeeSchema, status: 201 },
      ({ actor, body }) => directory.addCommittee(actor, body),
    );
    api.patch(
      '/api/directory/committees/:id',
      { access: write, summary: 'Change a national committee', params: idParams, body: committeePatch, response: committeeSchema },
      ({ actor, params, body }) => directory.updateCommittee(actor, params.id, body),
    );
    api.post(
      '/api/directory/contact-points',
      { access: write, summary: 'Add a designated contact point', body: contactPointBody, response: contactPointSchema, status: 201 },
      ({ actor, body }) => directory.addContactPoint(actor, body),
    );
    api.patch(
      '/api/directory/contact-points/:id',
      { access: write, summary: 'Change a contact point', params: idParams, body: contactPointPatch, response: contactPointSchema },
      ({ actor, params, body }) => directory.updateContactPoint(actor, params.id, body),
    );
    api.post(
      '/api/directory/liaison-officers',
      { access: write, summary: 'Add a liaison officer posted abroad', body: liaisonOfficerBody, response: liaisonOfficerSchema, status: 201 },
      ({ actor, body }) => directory.addLiaisonOfficer(actor, body),
    );
    api.patch(
      '/api/directory/liaison-officers/:id',
      { access: write, summary: 'Change a liaison officer posting', params: idParams, body: liaisonOfficerPatch, response: liaisonOfficerSchema },
      ({ actor, params, body }) => directory.updateLiaisonOfficer(actor, params.id, body),
    );

    api.post(
      '/api/directory/:kind/:id/confirm',
      { access: write, summary: 'Confirm an entry is still correct', params: entryParams, response: ok },
      async ({ actor, params }) => {
        await directory.confirm(actor, params.kind, params.id);
        return { ok: true as const };
      },
    );
    api.delete('/api/directory/:kind/:id', { access: write, summary: 'Remove an entry', params: entryParams, response: ok }, async ({ actor, params }) => {
      await directory.remove(actor, params.kind, params.id);
      return { ok: true as const };
    });
  },
};
