// Each capability's demo seeder, run once in order after the demo accounts exist. Add one line per capability.
import type { Services } from '../services.js';
import { directoryDemo } from '../modules/directory/demo.js';
import { agreementsDemo } from '../modules/agreements/demo.js';
import { plansDemo } from '../modules/plans/demo.js';
import { intelDemo } from '../modules/intel/demo.js';
import { networksDemo } from '../modules/networks/demo.js';
import { groupsDemo } from '../modules/groups/demo.js';
import { surveysDemo } from '../modules/surveys/demo.js';
import { capacityDemo } from '../modules/capacity/demo.js';
import { legislationDemo } from '../modules/legislation/demo.js';
import { flowsDemo } from '../modules/flows/demo.js';

export interface DemoAccount {
  id: string;
  email: string;
  role: string;
  state: string | null;
}

export interface DemoContext {
  services: Services;
  accounts: DemoAccount[];
}

export interface DemoSeeder {
  name: string;
  seed(ctx: DemoContext): Promise<void>;
}

export const demoSeeders: DemoSeeder[] = [
  directoryDemo,
  agreementsDemo,
  plansDemo,
  intelDemo,
  networksDemo,
  groupsDemo,
  legislationDemo,
  flowsDemo,
  surveysDemo,
  capacityDemo,
];
