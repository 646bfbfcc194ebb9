// The `portal` commands that work on the database, written once: the CLI runs them in its own process when it may
// open the database, and the running server runs them for it (through its control socket) when the server holds the
// embedded database's folder. Either way the same code, the same output, the same exit code.
import { SYSTEM_ACTOR } from '../access/actor.js';
import type { Clearance, Role } from '../access/subject.js';
import { verifyAudit } from '../audit/verify.js';
import { backup } from '../backup/backup.js';
import type { Progress } from '../backup/content.js';
import { restore } from '../backup/restore.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { migrate } from '../db/migrate.js';
import { addDemoKey } from '../secrets/demo-key.js';
import { resealAll, sealedCounts } from '../secrets/sealed-columns.js';
import type { Services } from '../services.js';

export interface OperationIo {
  /** A line of the command's result (stdout). */
  out(line: string): void;
  /** A message beside the result (stderr). */
  note(line: string): void;
  /** Where a long operation has got to (stderr; a terminal shows only the latest). */
  progress(text: string): void;
  /** Aborted when the caller goes away (Ctrl-C, or the CLI's connection to the server closes). */
  signal: AbortSignal;
}

export interface OperationContext {
  config: Config;
  io: OperationIo;
  /** Present for operations that need services (all but migrate). */
  services: Services | null;
  db: Db;
}

export interface Operation<A> {
  /** 'database': opened and migrated only; 'services': with reference data and every service, as the server has them. */
  needs: 'database' | 'services';
  /** Returns the exit code. */
  run(ctx: OperationContext, args: A): Promise<number>;
}

const number = (n: number) => n.toLocaleString('en');

function progressLine(verb: string, p: Progress, extra = ''): string {
  const share = p.totalRows ? Math.floor((100 * p.rows) / p.totalRows) : 100;
  return `${verb}: ${number(p.rows)} of ${number(p.totalRows)} rows (${share}%), ${p.tableIndex} of ${p.tables} tables, at ${p.table}${extra}`;
}

const servicesOf = (ctx: OperationContext): Services => {
  if (!ctx.services) throw new Error("this operation needs the portal's services");
  return ctx.services;
};

async function userId(services: Services, email: string): Promise<string> {
  const user = await services.auth.store.userByEmail(email);
  if (!user) throw new Error(`no account with e-mail ${email}`);
  return user.id;
}

export interface ReferenceImportArgs {
  file: string;
  body: string;
  snapshot: { date?: string; label?: string; source?: string };
  dryRun: boolean;
}

export interface BackupArgs {
  file: string;
  passphrase: string | null;
}
export interface RestoreArgs extends BackupArgs {
  verify: boolean;
}
export interface CreateUserArgs {
  email: string;
  name: string;
  role: Role;
  state?: string;
  agency: string;
  clearance: Clearance;
  expires?: string;
  password?: string;
}

export const operations = {
  backup: {
    needs: 'services',
    async run(ctx, { file, passphrase }) {
      const services = servicesOf(ctx);
      const result = await backup(
        ctx.db,
        file,
        { keyring: services.secrets, passphrase },
        {
          onProgress: (p) => ctx.io.progress(progressLine('backup', p)),
          signal: ctx.io.signal,
        },
      );
      await services.audit.record(SYSTEM_ACTOR, { action: 'backup', outcome: 'ok', detail: { file, rows: result.rows, tables: result.tables } });
      ctx.io.out(
        `backup written to ${file}: ${number(result.rows)} rows in ${result.tables} tables, ${number(result.bytes)} bytes, encrypted with ${passphrase ? 'the passphrase in PORTAL_BACKUP_PASSPHRASE' : `the portal key ${services.secrets.currentId}`}`,
      );
      return 0;
    },
  } satisfies Operation<BackupArgs>,

  restore: {
    needs: 'services',
    async run(ctx, { file, passphrase, verify }) {
      const services = servicesOf(ctx);
      const result = await restore(
        ctx.db,
        file,
        { keyring: services.secrets, passphrase },
        {
          verify,
          onProgress: (p) => ctx.io.progress(progressLine('restore', p, `, ${Math.floor((100 * p.bytes) / p.size)}% of the file`)),
          signal: ctx.io.signal,
        },
      );
      await services.audit.record(SYSTEM_ACTOR, {
        action: 'restore',
        outcome: 'ok',
        detail: { file, rows: result.rows, tables: result.tables, verified: result.verified },
      });
      ctx.io.out(`restored ${result.rows} rows in ${result.tables} tables${result.verified ? '; checksums match' : ''}`);
      return 0;
    },
  } satisfies Operation<RestoreArgs>,

  migrate: {
    needs: 'database',
    async run(ctx) {
      const applied = await migrate(ctx.db);
      ctx.io.out(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      return 0;
    },
  } satisfies Operation<Record<string, never>>,

  'user.create': {
    needs: 'services',
    async run(ctx, o) {
      const services = servicesOf(ctx);
      let organisationId: string;
      if (!o.state) organisationId = (await services.accounts.secretariat()).id;
      else {
        const existing = await services.accounts.store.organisationByName(o.agency, o.state);
        const kind = (await services.accounts.store.memberKind(o.state))?.kind === 'organisation' ? 'international_org' : 'state_agency';
        organisationId = existing?.id ?? (await services.accounts.createOrganisation(SYSTEM_ACTOR, { name: o.agency, kind, memberCode: o.state })).id;
      }
      const result = await services.accounts.create(SYSTEM_ACTOR, {
        email: o.email,
        name: o.name,
        organisationId,
        roles: [o.role],
        clearance: o.clearance,
        clearanceExpires: o.expires ?? null,
        password: o.password,
      });
      ctx.io.out(`created ${result.user.email} (${result.user.id})`);
      if (result.temporaryPassword) ctx.io.out(`temporary password: ${result.temporaryPassword}`);
      return 0;
    },
  } satisfies Operation<CreateUserArgs>,

  'user.disable': {
    needs: 'services',
    async run(ctx, { email }) {
      const services = servicesOf(ctx);
      await services.accounts.update(SYSTEM_ACTOR, await userId(services, email), { disabled: true });
      ctx.io.out(`disabled ${email}`);
      return 0;
    },
  } satisfies Operation<{ email: string }>,

  'user.reset-password': {
    needs: 'services',
    async run(ctx, { email }) {
      const services = servicesOf(ctx);
      const { temporaryPassword } = await services.accounts.resetPassword(SYSTEM_ACTOR, await userId(services, email));
      ctx.io.out(`temporary password for ${email}: ${temporaryPassword}`);
      return 0;
    },
  } satisfies Operation<{ email: string }>,

  'user.reset-mfa': {
    needs: 'services',
    async run(ctx, { email }) {
      const services = servicesOf(ctx);
      await services.accounts.resetMfa(SYSTEM_ACTOR, await userId(services, email));
      ctx.io.out(`second factor cleared for ${email}`);
      return 0;
    },
  } satisfies Operation<{ email: string }>,

  'audit.verify': {
    needs: 'services',
    async run(ctx) {
      const result = await verifyAudit(ctx.db);
      if (result.ok) {
        ctx.io.out(`audit log intact: ${result.entries} entries`);
        return 0;
      }
      ctx.io.note(`audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries verified before it)`);
      return 1;
    },
  } satisfies Operation<Record<string, never>>,

  'reference.import': {
    needs: 'services',
    async run(ctx, { file, body, snapshot, dryRun }) {
      const importer = servicesOf(ctx).legislation.reference;
      const name = file as Parameters<typeof importer.preview>[0];
      const diff = dryRun ? await importer.preview(name, body, snapshot) : await importer.apply(SYSTEM_ACTOR, name, body, snapshot, 'admin');
      for (const kind of ['added', 'removed', 'changed'] as const) {
        ctx.io.out(`${kind}: ${diff[kind].length}`);
        for (const row of diff[kind]) ctx.io.out(`  ${row.key}${row.fields ? ` (${row.fields.join(', ')})` : ''}`);
      }
      for (const k of diff.kept) ctx.io.out(`kept: ${k.state} ${k.title}: ${k.why}`);
      ctx.io.out(dryRun ? 'dry run: nothing written' : `${file} imported (${diff.rows} rows)`);
      return 0;
    },
  } satisfies Operation<ReferenceImportArgs>,

  'keys.status': {
    needs: 'services',
    async run(ctx) {
      const services = servicesOf(ctx);
      ctx.io.out(`current key: ${services.secrets.currentId}${ctx.config.secretKeySource === 'demo' ? " (the demo's, in $PORTAL_DATA)" : ''}`);
      if (services.secrets.ids.length > 1) ctx.io.out(`older keys: ${services.secrets.ids.slice(1).join(', ')}`);
      const counts = await sealedCounts(ctx.db);
      for (const [id, n] of Object.entries(counts)) ctx.io.out(`${n} secrets ${id === 'clear' ? 'not yet sealed' : `sealed with ${id}`}`);
      return 0;
    },
  } satisfies Operation<Record<string, never>>,

  'keys.rotate': {
    needs: 'services',
    async run(ctx) {
      const services = servicesOf(ctx);
      // The demo keeps its keys in a file and makes the new one itself; a real portal is given it in PORTAL_SECRET_KEY.
      if (ctx.config.secretKeySource === 'demo') {
        services.secrets.use(addDemoKey(ctx.config.dataDir));
        ctx.io.note(`new demo key ${services.secrets.currentId} added to $PORTAL_DATA/demo-secret.key`);
      }
      const moved = await resealAll(ctx.db, services.secrets);
      await services.audit.record(SYSTEM_ACTOR, { action: 'keys.rotate', outcome: 'ok', detail: { key: services.secrets.currentId, moved } });
      const total = Object.values(moved).reduce((a, b) => a + b, 0);
      ctx.io.out(
        `${total} secrets re-sealed with ${services.secrets.currentId}${
          total
            ? ` (${Object.entries(moved)
                .map(([id, n]) => `${n} from ${id}`)
                .join(', ')})`
            : ''
        }`,
      );
      const stale = services.secrets.ids.slice(1);
      if (stale.length) ctx.io.out(`no secret is sealed with ${stale.join(', ')} any more; keep those keys only to open older backups`);
      return 0;
    },
  } satisfies Operation<Record<string, never>>,
};

export type OperationName = keyof typeof operations;
type ArgsOf<F> = F extends (ctx: OperationContext, args: infer A) => unknown ? (unknown extends A ? Record<string, never> : A) : never;
export type OperationArgs<N extends OperationName> = ArgsOf<(typeof operations)[N]['run']>;
