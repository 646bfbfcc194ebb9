// The composition root: every capability's services, built from the modules' factories over one database and audit log.
// The HTTP app, the CLI and the job runner all use it, so a rule lives in one service whichever door it is reached by.

import { AuditLog } from './audit/log.js';
import { AuthService } from './auth/service.js';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import { modules } from './modules/index.js';
import type { PortalModule } from './modules/module.js';
import { Keyring } from './secrets/keyring.js';

/** What service factories are built from; only factories see the database. */
export interface Foundation {
  db: Db;
  audit: AuditLog;
  config: Config;
  auth: AuthService;
  /** Seals and opens the secrets kept at rest (TOTP, webhook signing secrets); built from config.secretKeys. */
  secrets: Keyring;
}

/** The cross-cutting parts every service stands on, over one database and the configuration. */
export function createFoundation(db: Db, config: Config): Foundation {
  const audit = new AuditLog(db);
  const secrets = new Keyring(config.secretKeys);
  return { db, audit, config, secrets, auth: new AuthService(db, audit, config, secrets) };
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ServicesOf<M> = M extends PortalModule<infer S> ? S : never;

/** Every capability's services by name, as the modules declare them. */
export type ModuleServices = UnionToIntersection<ServicesOf<(typeof modules)[number]>>;

/**
 * What the HTTP app, the CLI, the jobs and the demo seeders are handed: every capability's services and the foundation's
 * shared services (auth, the audit log, the configuration, the keyring). Never the database: only the module
 * factories get it, so every query runs inside a service that applies its rules.
 */
export type Services = ModuleServices & Omit<Foundation, 'db'>;

/** Builds every module's services, each on first use by another (so order does not matter), then all of them. */
export function createServices(f: Foundation): Services {
  const services = {} as Record<string, unknown>;
  const building = new Set<string>();
  for (const module of modules as readonly PortalModule<Record<string, unknown>>[]) {
    for (const [name, make] of Object.entries(module.services ?? {})) {
      if (name in services) throw new Error(`service ${name} is declared by two modules (the second is ${module.name})`);
      Object.defineProperty(services, name, {
        configurable: true,
        enumerable: true,
        get() {
          if (building.has(name)) throw new Error(`services depend on each other in a cycle through ${[...building, name].join(' -> ')}`);
          building.add(name);
          try {
            const value = make(f, services as unknown as Services);
            Object.defineProperty(services, name, { value, enumerable: true, writable: false, configurable: false });
            return value;
          } finally {
            building.delete(name);
          }
        },
      });
    }
  }
  for (const name of Object.keys(services)) void services[name];
  return Object.assign(services, { audit: f.audit, config: f.config, secrets: f.secrets }) as unknown as Services;
}
