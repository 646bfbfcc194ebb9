// The working groups capability: groups, co-chairs, meetings, annual reports and public statements.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { groupsDemo } from './demo.js';
import { groupsRoutes } from './routes.js';
import { WorkingGroupsService } from './working-groups.js';

export const groupsModule: PortalModule<{ groups: WorkingGroupsService }> = {
  name: 'groups',
  services: { groups: (f, s) => new WorkingGroupsService(f.db, f.audit, s.plans) },
  routes: groupsRoutes,
  demo: (ctx) => groupsDemo.seed(ctx),
  web: [{ id: 'groups', permission: Permission.GroupsRead }],
};
