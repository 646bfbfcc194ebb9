// The `portal` command: serve, demo, and the administration commands (operations.ts) that run in this process or,
// on PGlite while a server holds the database, inside that server.
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CLEARANCES, type Clearance, ROLES, type Role } from '../server/access/subject.js';
import { PASSPHRASE_VARIABLE } from '../server/backup/file.js';
import type { OperationArgs, OperationIo, OperationName } from '../server/commands/operations.js';
import { HOW_IT_RUNS, runOperation } from '../server/commands/runner.js';
import { type Config, loadConfig } from '../server/config.js';
import { seedDemo } from '../server/demo/seed.js';
import { DomainError } from '../server/errors.js';
import { openPortalDb, serve } from '../server/main.js';
import { demoDocumentKey } from '../server/modules/documents/demo.js';
import { hashListCsv } from '../server/modules/documents/hash-list.js';
import { regionalKey } from '../server/modules/documents/keyed-hash.js';
import { REFERENCE_FILES } from '../server/modules/legislation/reference-files.js';
import { ensureDemoKeys, readDemoKeys } from '../server/secrets/demo-key.js';
import { generateKey, KEY_VARIABLES, Keyring } from '../server/secrets/keyring.js';
import { createFoundation, createServices } from '../server/services.js';

/** The environment's settings; outside `serve`, the demo's own key stands in when the environment names none. */
function cliConfig(): Config {
  const config = loadConfig();
  if (config.secretKeys.length) return config;
  const demo = readDemoKeys(config.dataDir);
  return demo.length ? { ...config, secretKeys: demo, secretKeySource: 'demo' } : config;
}

const aborter = new AbortController();
process.once('SIGINT', () => aborter.abort(new Error('interrupted (Ctrl-C); nothing half-done was kept')));

function terminalIo(): OperationIo {
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    out: (line) => {
      clear();
      console.log(line);
    },
    note: (line) => {
      clear();
      console.error(line);
    },
    progress: (text) => {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns ?? 120) - 1)}`);
        shown = true;
      } else if (Date.now() - last >= 1000) {
        last = Date.now();
        console.error(text);
      }
    },
    signal: aborter.signal,
  };
}

async function run<N extends OperationName>(name: N, args: OperationArgs<N>): Promise<void> {
  process.exitCode = await runOperation(name, args, cliConfig(), terminalIo());
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
    return value as T;
  };

const program = new Command('portal')
  .description('Bali Portal: the secure Members Portal of the Bali Process')
  .addHelpText(
    'after',
    `\nCommands that use the database (backup, restore, migrate, user, audit verify, reference import, keys rotate|status):\n  ${HOW_IT_RUNS}\n\nKeys: ${KEY_VARIABLES.current} (current), ${KEY_VARIABLES.previous} (older, comma-separated), ${PASSPHRASE_VARIABLE} (optional, for backup files).`,
  );

program
  .command('serve')
  .description(`run the portal (API and app); needs ${KEY_VARIABLES.current}`)
  .action(async () => {
    const config = loadConfig();
    const { url } = await serve(config);
    console.log(`Bali Portal listening on ${url} (${config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}/db`})`);
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() => run('migrate', {}));

program
  .command('demo')
  .description('load the synthetic demo data set and write the demo accounts to $PORTAL_DATA/demo-accounts.json')
  .option('--serve', 'then run the portal')
  .action(async (opts: { serve?: boolean }) => {
    const env = loadConfig();
    // The demo needs no setup: without keys in the environment it makes its own in $PORTAL_DATA (its secret key, and
    // the regional key of its hashed document list).
    const config: Config = {
      ...env,
      ...(env.secretKeys.length ? {} : { secretKeys: ensureDemoKeys(env.dataDir), secretKeySource: 'demo' as const }),
      documentKey: env.documentKey ?? demoDocumentKey(env.dataDir),
    };
    const db = await openPortalDb(config, opts.serve ? 'portal demo --serve' : 'portal demo');
    const services = createServices(createFoundation(db, config));
    const { file, accounts } = await seedDemo(services, config.dataDir);
    console.log('DEMO DATA: synthetic, for trying the portal; not real people, cases or intelligence.');
    console.table(
      accounts.map((a) => ({
        email: a.email,
        password: a.password,
        role: a.role,
        state: a.state ?? 'RSO',
        clearance: a.clearance,
        totp: a.totpSecret ? 'yes' : 'no',
      })),
    );
    console.log(`Demo accounts (with TOTP secrets for an authenticator app) written to ${file}`);
    if (config.secretKeySource === 'demo')
      console.log(`Demo secret key: ${path.join(config.dataDir, 'demo-secret.key')} (a real portal takes ${KEY_VARIABLES.current} from the environment)`);
    if (!opts.serve) return db.close();
    const { url } = await serve(config, { db });
    console.log(`Bali Portal (demo) listening on ${url}`);
  });

const user = program.command('user').description('manage accounts');
user
  .command('create')
  .description('create an account (prints a temporary password unless --password is given)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, oneOf(ROLES))
  .option('--state <code>', "member code of the account's state or organisation (omit for the RSO)")
  .option('--agency <name>', 'organisation name within the state (created if new)', 'National focal point office')
  .option('--clearance <level>', `one of ${CLEARANCES.join(', ')}`, oneOf(CLEARANCES), 'none')
  .option('--expires <date>', 'clearance expiry, YYYY-MM-DD')
  .option('--password <password>')
  .action((o: { email: string; name: string; role: Role; state?: string; agency: string; clearance: Clearance; expires?: string; password?: string }) =>
    run('user.create', o),
  );
user
  .command('disable <email>')
  .description('disable an account and end its sessions')
  .action((email: string) => run('user.disable', { email }));
user
  .command('reset-password <email>')
  .description('issue a temporary password')
  .action((email: string) => run('user.reset-password', { email }));
user
  .command('reset-mfa <email>')
  .description('clear the second factor so the user enrols again')
  .action((email: string) => run('user.reset-mfa', { email }));

program
  .command('documents')
  .description('document lists')
  .command('hash <in> <out>')
  .description("replace every number of a CSV list by its keyed hash (HMAC under PORTAL_DOCUMENT_KEY), on the state's own machine, for a hashed list upload")
  .action(async (input: string, output: string) => {
    const config = loadConfig();
    if (!config.documentKey) throw new Error('PORTAL_DOCUMENT_KEY is not set: the regional key is needed to hash a list');
    const { csv, hashed } = hashListCsv(fs.readFileSync(input, 'utf8'), regionalKey(config.documentKey));
    fs.writeFileSync(output, csv);
    console.log(`${hashed} numbers hashed under regional key ${regionalKey(config.documentKey).id}; ${output} holds no clear number`);
  });

program
  .command('audit')
  .description('audit log')
  .command('verify')
  .description('verify the hash chain; exits 1 naming the first broken entry')
  .action(() => run('audit.verify', {}));

const reference = program.command('reference').description('reference data: treaty status and national laws');
reference
  .command('import <csv>')
  .description('import a newer treaties.csv, treaties-later.csv or laws.csv (the file name says which); prints what it adds, removes and changes')
  .option('--snapshot <date>', 'treaties.csv: the date up to which it is complete for every member (YYYY-MM-DD)')
  .option('--label <name>', "treaties.csv: the snapshot's name (default: the current one)")
  .option('--source <text>', 'treaties.csv: where the snapshot comes from, title and URL (default: the current one)')
  .option('--dry-run', 'show the changes and write nothing')
  .action((csv: string, o: { snapshot?: string; label?: string; source?: string; dryRun?: boolean }) =>
    run('reference.import', {
      file: oneOf(REFERENCE_FILES)(path.basename(csv)),
      body: fs.readFileSync(csv, 'utf8'),
      snapshot: { date: o.snapshot, label: o.label, source: o.source },
      dryRun: Boolean(o.dryRun),
    }),
  );

const passphrase = () => process.env[PASSPHRASE_VARIABLE] || null;
program
  .command('backup <file>')
  .description(`write every table, sequence and attachment to FILE, encrypted (AES-256-GCM) with ${PASSPHRASE_VARIABLE} when set, else with the portal's key`)
  .action((file: string) => run('backup', { file: path.resolve(file), passphrase: passphrase() }));
program
  .command('restore <file>')
  .description('restore FILE into an empty portal, all or nothing; refuses a damaged or foreign file')
  .option('--verify', "recompute every table's checksum against the backup's manifest before committing")
  .action((file: string, o: { verify?: boolean }) => run('restore', { file: path.resolve(file), passphrase: passphrase(), verify: Boolean(o.verify) }));

const keys = program.command('keys').description(`secret keys (${KEY_VARIABLES.current}, ${KEY_VARIABLES.previous})`);
keys
  .command('generate')
  .description(`print a new random key for ${KEY_VARIABLES.current}`)
  .action(() => console.log(generateKey()));
keys
  .command('seal <name>')
  .description("read a setting's value (e.g. SMTP_URL with its password) from stdin and print it sealed, to put in the environment instead")
  .action(async (name: string) => {
    const config = cliConfig();
    let value = '';
    for await (const chunk of process.stdin) value += chunk;
    console.log(new Keyring(config.secretKeys).seal(value.replace(/\r?\n$/, ''), `env:${name}`));
  });
keys
  .command('status')
  .description('the keys configured and how many secrets each one seals')
  .action(() => run('keys.status', {}));
keys
  .command('rotate')
  .description(`re-seal every secret with the current key (${KEY_VARIABLES.current}; the old one in ${KEY_VARIABLES.previous} until this is done)`)
  .action(() => run('keys.rotate', {}));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof DomainError || error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
