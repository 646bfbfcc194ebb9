// What a capability declares to have run for it: a duty on a schedule, or work enqueued by its service.

import type { Actor } from '../access/actor.js';
import type { Config } from '../config.js';
import type { Services } from '../services.js';

/** The few log methods a duty uses (Fastify's pino logger fits, and so does a silent one in the CLI). */
export interface JobLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobContext {
  /** The runner's clock when the job started (injectable: tests run duties "as of" a date). */
  now: Date;
  /** What the job was enqueued with ({} for a scheduled tick, which also carries scheduledFor). */
  data: Record<string, unknown>;
  jobId: string;
  /** 0 on the first try, then 1, 2 ... */
  retryCount: number;
  /** SYSTEM_ACTOR: jobs act as the portal itself. */
  actor: Actor;
  log: JobLog;
}

export interface JobRetry {
  /** Further tries after the first failure. */
  limit: number;
  delaySeconds: number;
  /** Double the delay at each try (with jitter, as pg-boss does). */
  backoff: boolean;
}

export interface JobDefinition {
  /** `module.duty`, e.g. surveys.reminders: the queue name, shown to admins. */
  name: string;
  /** One sentence for the admin page (English; the app shows its own translation when it has one). */
  description: string;
  /** Cron expression in UTC (croner syntax); absent for work that is only enqueued. */
  schedule?: string;
  retry?: JobRetry;
  /** A job still active after this long is taken as crashed and tried again (default 15 minutes). */
  timeoutSeconds?: number;
  /** Does the work; answers a small summary kept with the job. Must be safe to run twice (a crash retries it). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a duty that reports nothing is an `async` function returning nothing (void).
  run(ctx: JobContext): Promise<Record<string, unknown> | void>;
}

export const defaultRetry: JobRetry = { limit: 3, delaySeconds: 60, backoff: true };

/** What a module's job list is built from: its services (the job closes over them) and the settings. */
export interface JobsContext {
  services: Services;
  config: Config;
}
