// Each capability's demo seeder, in module order (modules/index.ts): nothing here to edit when adding a capability.
import { modules } from '../modules/index.js';
import type { DemoContext, PortalModule } from '../modules/module.js';

export type { DemoAccount, DemoContext } from '../modules/module.js';

export interface DemoSeeder {
  name: string;
  seed(ctx: DemoContext): Promise<void>;
}

export const demoSeeders: DemoSeeder[] = (modules as readonly PortalModule[])
  .filter((m) => m.demo)
  .map((m) => ({ name: m.name, seed: (ctx: DemoContext) => m.demo!(ctx) }));
