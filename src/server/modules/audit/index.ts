// The audit trail capability: the administrators' view of the hash-chained log.
import type { PortalModule } from '../module.js';
import { auditRoutes } from './routes.js';
import { AuditService } from './service.js';

export const auditModule: PortalModule<{ auditTrail: AuditService }> = {
  name: 'audit',
  services: { auditTrail: (f) => new AuditService(f.db, f.audit) },
  routes: auditRoutes,
};
