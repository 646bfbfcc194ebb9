// The one shape of a capability: a PortalModule builds its services, registers its routes, and carries its demo seeder,
// its scheduled jobs and its web feature metadata. modules/index.ts lists them; nothing else needs a line per capability.

import type { Actor } from '../access/actor.js';
import type { Permission } from '../access/permissions.js';
import type { AuthService } from '../auth/service.js';
import type { Config } from '../config.js';
import type { Router } from '../http/context.js';
import type { Foundation, Services } from '../services.js';

/** Builds one service from the foundation (database, audit log, config, auth) and the other capabilities' services. */
export type ServiceFactory<T> = (foundation: Foundation, services: Services) => T;

/** What a module's routes receive: services only (never the database), plus the settings and sessions auth needs. */
export interface RouteContext {
  services: Services;
  config: Config;
  auth: AuthService;
  /** Every module's web features, for the session answer. */
  web: readonly WebFeature[];
}

/** A capability's HTTP routes: schemas from schemas.ts in, one service call, schemas out. No SQL, no rules. */
export interface ModuleRoutes {
  register(app: Router, ctx: RouteContext): void | Promise<void>;
}

/** One demo account as the seeders see it. */
export interface DemoAccount {
  id: string;
  email: string;
  role: string;
  state: string | null;
}

export interface DemoContext {
  services: Services;
  accounts: DemoAccount[];
  /** The Actor of a demo account, by e-mail, for seeding what a real person of that state would have done. */
  actor(email: string): Promise<Actor>;
}

// Scheduled and queued duties: the job runner's types (src/server/jobs/definition.ts), re-exported for modules.
import type { JobDefinition, JobsContext } from '../jobs/definition.js';

export type { JobContext, JobDefinition, JobsContext } from '../jobs/definition.js';

/** A capability's entry in the web app: the navigation entry and the permission a user needs to open it. */
export interface WebFeature {
  /** The web feature's id: `src/web/features/<id>/` and its i18n namespace. */
  id: string;
  /** Who may open it; none means any signed-in user. */
  permission?: Permission;
  /** Public features (the public site) open without signing in. */
  public?: boolean;
}

export interface PortalModule<S extends object = object> {
  /** The capability, as in modules/<name>/. */
  name: string;
  /**
   * This capability's services, one factory per name. Each is built on first use (so modules may use each other's
   * services in any order: through the service, never another module's `.store`); a cycle is an error at startup.
   */
  services?: { [K in keyof S]: ServiceFactory<S[K]> };
  routes?: ModuleRoutes;
  /** Seeds this capability's synthetic demo data; modules seed in the order modules/index.ts lists them. */
  demo?(ctx: DemoContext): Promise<void>;
  /** Scheduled and queued duties of this capability. */
  jobs?(ctx: JobsContext): readonly JobDefinition[];
  web?: readonly WebFeature[];
}
