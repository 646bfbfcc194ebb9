// The members capability: the real membership, its organisations and groups.
import type { PortalModule } from '../module.js';
import { membersRoutes } from './routes.js';
import { MembersService } from './service.js';

export const membersModule: PortalModule<{ members: MembersService }> = {
  name: 'members',
  services: { members: (f) => new MembersService(f.db, f.audit) },
  routes: membersRoutes,
};
