// The document checks capability: lost, stolen, revoked, fraudulent and counterfeit documents recorded by states, and
// hit/no-hit checks of one document or a manifest against them, in clear or keyed-hash lists.
import { Permission } from '../../access/permissions.js';
import type { PortalModule } from '../module.js';
import { documentsDemo } from './demo.js';
import { documentsRoutes } from './routes.js';
import { DocumentsService } from './service.js';

export const documentsModule: PortalModule<{ documents: DocumentsService }> = {
  name: 'documents',
  services: { documents: (f, s) => new DocumentsService(f.db, f.audit, f.config.documentKey, s.directory, s.notifications) },
  routes: documentsRoutes,
  demo: documentsDemo,
  web: [{ id: 'documents', permission: Permission.DocumentsCheck }],
};
