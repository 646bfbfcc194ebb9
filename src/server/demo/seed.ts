// Seeds the synthetic, labelled demo data set: accounts first, then each capability's own demo seeder.
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../access/actor.js';
import { requiresMfa } from '../access/subject.js';
import { newTotpSecret } from '../auth/totp.js';
import type { Services } from '../services.js';
import { DEMO_ACCOUNTS, type DemoAccountSpec, demoPassword } from './accounts.js';
import { type DemoAccount, demoContext, demoSeeders } from './registry.js';

export interface DemoAccountFile {
  email: string;
  password: string;
  totpSecret: string | null;
  role: string;
  state: string | null;
  clearance: string;
}

function clearanceExpiry(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.toISOString().slice(0, 10);
}

async function organisationFor(services: Services, spec: DemoAccountSpec): Promise<string> {
  if (spec.state === null) {
    return (await services.accounts.secretariat()).id;
  }
  const existing = await services.accounts.store.organisationByName(spec.agency, spec.state);
  if (existing) return existing.id;
  const member = await services.accounts.store.memberKind(spec.state);
  const kind = member?.kind === 'organisation' ? 'international_org' : 'state_agency';
  return (await services.accounts.createOrganisation(SYSTEM_ACTOR, { name: spec.agency, kind, memberCode: spec.state, demo: true })).id;
}

/** Creates the demo accounts (or resets their passwords when they exist) and returns what the file holds. */
async function seedAccounts(services: Services): Promise<{ file: DemoAccountFile[]; accounts: DemoAccount[] }> {
  const file: DemoAccountFile[] = [];
  const accounts: DemoAccount[] = [];
  for (const spec of DEMO_ACCOUNTS) {
    const password = demoPassword();
    const existing = await services.auth.store.userByEmail(spec.email);
    let id: string;
    let totpSecret: string | null;
    if (existing) {
      id = existing.id;
      totpSecret = existing.totp_secret && services.secrets.open(existing.totp_secret, 'totp');
      await services.accounts.resetPassword(SYSTEM_ACTOR, id, password);
    } else {
      const mfa = requiresMfa({ clearance: spec.clearance, roles: [spec.role] });
      totpSecret = mfa ? newTotpSecret() : null;
      const created = await services.accounts.create(SYSTEM_ACTOR, {
        email: spec.email,
        name: spec.name,
        organisationId: await organisationFor(services, spec),
        roles: [spec.role],
        clearance: spec.clearance,
        clearanceExpires: spec.clearance === 'none' ? null : clearanceExpiry(),
        password,
        demo: true,
        totpSecret,
      });
      id = created.user.id;
    }
    file.push({ email: spec.email, password, totpSecret, role: spec.role, state: spec.state, clearance: spec.clearance });
    accounts.push({ id, email: spec.email, role: spec.role, state: spec.state });
  }
  return { file, accounts };
}

export async function seedDemo(services: Services, dataDir: string): Promise<{ file: string; accounts: DemoAccountFile[] }> {
  const { file, accounts } = await seedAccounts(services);
  if (!(await services.system.demoSeeded())) {
    const ctx = demoContext(services, accounts);
    for (const seeder of demoSeeders) await seeder.seed(ctx);
    await services.system.markDemoSeeded();
    await services.audit.record(SYSTEM_ACTOR, { action: 'demo.seed', outcome: 'ok', detail: { seeders: demoSeeders.map((s) => s.name) } });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, 'demo-accounts.json');
  fs.writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  return { file: target, accounts: file };
}
