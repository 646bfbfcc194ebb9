// The `portal` command: serve, migrate, demo, user administration, audit verification, backup and restore.
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.js';
import { openPortalDb, serve } from '../server/main.js';
import { migrate } from '../server/db/migrate.js';
import { openDb } from '../server/db/index.js';
import { AuditLog } from '../server/audit/log.js';
import { AuthService } from '../server/auth/service.js';
import { createServices, type Services } from '../server/services.js';
import { verifyAudit } from '../server/audit/verify.js';
import { backup, restore } from '../server/db/backup.js';
import { seedDemo } from '../server/demo/seed.js';
import { demoDocumentKey } from '../server/modules/documents/demo.js';
import { hashListCsv } from '../server/modules/documents/hash-list.js';
import { regionalKey } from '../server/modules/documents/keyed-hash.js';
import { CLEARANCES, ROLES, type Clearance, type Role } from '../server/access/subject.js';
import { SYSTEM_ACTOR } from '../server/access/actor.js';
import { DomainError } from '../server/errors.js';
import { REFERENCE_FILES } from '../server/modules/legislation/reference-files.js';

const config = loadConfig();

async function withServices<T>(fn: (services: Services) => Promise<T>): Promise<T> {
  const db = await openPortalDb(config);
  try {
    const audit = new AuditLog(db);
    return await fn(createServices({ db, audit, config, auth: new AuthService(db, audit, config) }));
  } finally {
    await db.close();
  }
}

async function userId(services: Services, email: string): Promise<string> {
  const user = await services.auth.store.userByEmail(email);
  if (!user) throw new Error(`no account with e-mail ${email}`);
  return user.id;
}

const oneOf = <T extends string>(values: readonly T[]) => (value: string): T => {
  if (!values.includes(value as T)) throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
  return value as T;
};

const program = new Command('portal').description('Bali Portal: the secure Members Portal of the Bali Process');

program.command('serve').description('run the portal (API and app)').action(async () => {
  const { url } = await serve(config);
  console.log(`Bali Portal listening on ${url} (${config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}/db`})`);
});

program.command('migrate').description('apply pending database migrations').action(async () => {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? null : `${config.dataDir}/db` });
  const applied = await migrate(db);
  await db.close();
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
});

program.command('demo').description('load the synthetic demo data set and write the demo accounts to $PORTAL_DATA/demo-accounts.json')
  .option('--serve', 'then run the portal')
  .action(async (opts: { serve?: boolean }) => {
    // A demo keeps a hashed document list; without PORTAL_DOCUMENT_KEY it uses a demo regional key kept in the data folder.
    if (!config.documentKey) config.documentKey = demoDocumentKey(config.dataDir);
    const db = await openPortalDb(config);
    const audit = new AuditLog(db);
    const services = createServices({ db, audit, config, auth: new AuthService(db, audit, config) });
    const { file, accounts } = await seedDemo(services, config.dataDir);
    console.log('DEMO DATA: synthetic, for trying the portal; not real people, cases or intelligence.');
    console.table(accounts.map((a) => ({ email: a.email, password: a.password, role: a.role, state: a.state ?? 'RSO', clearance: a.clearance, totp: a.totpSecret ? 'yes' : 'no' })));
    console.log(`Demo accounts (with TOTP secrets for an authenticator app) written to ${file}`);
    if (!opts.serve) return db.close();
    const { url } = await serve(config, { db });
    console.log(`Bali Portal (demo) listening on ${url}`);
  });

const user = program.command('user').description('manage accounts');
user.command('create').description('create an account (prints a temporary password unless --password is given)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, oneOf(ROLES))
  .option('--state <code>', 'member code of the account\'s state or organisation (omit for the RSO)')
  .option('--agency <name>', 'organisation name within the state (created if new)', 'National focal point office')
  .option('--clearance <level>', `one of ${CLEARANCES.join(', ')}`, oneOf(CLEARANCES), 'none')
  .option('--expires <date>', 'clearance expiry, YYYY-MM-DD')
  .option('--password <password>')
  .action(async (o: { email: string; name: string; role: Role; state?: string; agency: string; clearance: Clearance; expires?: string; password?: string }) =>
    withServices(async (services) => {
      let organisationId: string;
      if (!o.state) organisationId = (await services.accounts.secretariat()).id;
      else {
        const existing = await services.accounts.store.organisationByName(o.agency, o.state);
        const kind = (await services.accounts.store.memberKind(o.state))?.kind === 'organisation' ? 'international_org' : 'state_agency';
        organisationId = existing?.id ?? (await services.accounts.createOrganisation(SYSTEM_ACTOR, { name: o.agency, kind, memberCode: o.state })).id;
      }
      const result = await services.accounts.create(SYSTEM_ACTOR, {
        email: o.email, name: o.name, organisationId, roles: [o.role], clearance: o.clearance, clearanceExpires: o.expires ?? null, password: o.password,
      });
      console.log(`created ${result.user.email} (${result.user.id})`);
      if (result.temporaryPassword) console.log(`temporary password: ${result.temporaryPassword}`);
    }));
user.command('disable <email>').description('disable an account and end its sessions').action(async (email: string) =>
  withServices(async (services) => {
    await services.accounts.update(SYSTEM_ACTOR, await userId(services, email), { disabled: true });
    console.log(`disabled ${email}`);
  }));
user.command('reset-password <email>').description('issue a temporary password').action(async (email: string) =>
  withServices(async (services) => {
    const { temporaryPassword } = await services.accounts.resetPassword(SYSTEM_ACTOR, await userId(services, email));
    console.log(`temporary password for ${email}: ${temporaryPassword}`);
  }));
user.command('reset-mfa <email>').description('clear the second factor so the user enrols again').action(async (email: string) =>
  withServices(async (services) => {
    await services.accounts.resetMfa(SYSTEM_ACTOR, await userId(services, email));
    console.log(`second factor cleared for ${email}`);
  }));

program.command('documents').description('document lists').command('hash <in> <out>')
  .description("replace every number of a CSV list by its keyed hash (HMAC under PORTAL_DOCUMENT_KEY), on the state's own machine, for a hashed list upload")
  .action(async (input: string, output: string) => {
    if (!config.documentKey) throw new Error('PORTAL_DOCUMENT_KEY is not set: the regional key is needed to hash a list');
    const { csv, hashed } = hashListCsv(fs.readFileSync(input, 'utf8'), regionalKey(config.documentKey));
    fs.writeFileSync(output, csv);
    console.log(`${hashed} numbers hashed under regional key ${regionalKey(config.documentKey).id}; ${output} holds no clear number`);
  });

program.command('audit').description('audit log').command('verify').description('verify the hash chain; exits 1 naming the first broken entry')
  .action(async () => withServices(async (services) => {
    const result = await verifyAudit(services.db);
    if (result.ok) console.log(`audit log intact: ${result.entries} entries`);
    else {
      console.error(`audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries verified before it)`);
      process.exitCode = 1;
    }
  }));

const reference = program.command('reference').description('reference data: treaty status and national laws');
reference.command('import <csv>').description('import a newer treaties.csv, treaties-later.csv or laws.csv (the file name says which); prints what it adds, removes and changes')
  .option('--snapshot <date>', 'treaties.csv: the date up to which it is complete for every member (YYYY-MM-DD)')
  .option('--label <name>', 'treaties.csv: the snapshot\'s name (default: the current one)')
  .option('--source <text>', 'treaties.csv: where the snapshot comes from, title and URL (default: the current one)')
  .option('--dry-run', 'show the changes and write nothing')
  .action(async (csv: string, o: { snapshot?: string; label?: string; source?: string; dryRun?: boolean }) => withServices(async (services) => {
    const file = oneOf(REFERENCE_FILES)(path.basename(csv));
    const snapshot = { date: o.snapshot, label: o.label, source: o.source };
    const body = fs.readFileSync(csv, 'utf8');
    const importer = services.legislation.reference;
    const diff = o.dryRun ? await importer.preview(file, body, snapshot) : await importer.apply(SYSTEM_ACTOR, file, body, snapshot, 'admin');
    for (const kind of ['added', 'removed', 'changed'] as const) {
      console.log(`${kind}: ${diff[kind].length}`);
      for (const row of diff[kind]) console.log(`  ${row.key}${row.fields ? ` (${row.fields.join(', ')})` : ''}`);
    }
    for (const k of diff.kept) console.log(`kept: ${k.state} ${k.title}: ${k.why}`);
    console.log(o.dryRun ? 'dry run: nothing written' : `${file} imported (${diff.rows} rows)`);
  }));

program.command('backup <file>').description('write every table to FILE (JSON Lines)').action(async (file: string) =>
  withServices(async (services) => {
    const rows = await backup(services.db, file);
    await services.audit.record(SYSTEM_ACTOR, { action: 'backup', outcome: 'ok', detail: { file, rows } });
    console.log(`backup written to ${file}: ${rows} rows`);
  }));
program.command('restore <file>').description('restore FILE into an empty portal').action(async (file: string) =>
  withServices(async (services) => {
    const rows = await restore(services.db, file);
    await services.audit.record(SYSTEM_ACTOR, { action: 'restore', outcome: 'ok', detail: { file, rows } });
    console.log(`restored ${rows} rows from ${file}`);
  }));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof DomainError ? `error: ${error.message}` : error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
