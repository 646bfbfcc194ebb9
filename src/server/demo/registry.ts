// Each capability's demo seeder, in module order (modules/index.ts): nothing here to edit when adding a capability.

import { userActor } from '../access/actor.js';
import { modules } from '../modules/index.js';
import type { DemoAccount, DemoContext, PortalModule } from '../modules/module.js';
import type { Services } from '../services.js';

export type { DemoAccount, DemoContext } from '../modules/module.js';

export interface DemoSeeder {
  name: string;
  seed(ctx: DemoContext): Promise<void>;
}

export const demoSeeders: DemoSeeder[] = (modules as readonly PortalModule[])
  .filter((m) => m.demo)
  .map((m) => ({ name: m.name, seed: (ctx: DemoContext) => m.demo!(ctx) }));

/** The context every seeder gets: the services, the demo accounts, and their actors by e-mail. */
export function demoContext(services: Services, accounts: DemoAccount[]): DemoContext {
  return {
    services,
    accounts,
    async actor(email) {
      const account = accounts.find((a) => a.email === email);
      const user = account ? await services.auth.store.userById(account.id) : undefined;
      if (!user) throw new Error(`demo account ${email} is missing`);
      return userActor(await services.auth.store.subjectOf(user), null);
    },
  };
}
