// Demo (synthetic, labelled demo): the demo officers of IDN, AUS, MYS, LKA and PAK answer verification requests and work
// referral and return cases for their states; IOM's demo caseworker works the cases referred to IOM.

import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoContext } from '../module.js';

const DESIGNATED: [string, ('verification' | 'victims')[]][] = [
  ['officer.idn@demo.example', ['verification', 'victims']],
  ['officer.aus@demo.example', ['verification', 'victims']],
  ['officer.mys@demo.example', ['verification', 'victims']],
  ['officer.lka@demo.example', ['verification', 'victims']],
  ['officer.pak@demo.example', ['verification', 'victims']],
  ['officer.iom@demo.example', ['victims']],
];

/** Return arrangements between demo states (agreements with return scopes); AUS-PAK deliberately has none. */
const ARRANGEMENTS = [
  {
    title: 'Indonesia–Sri Lanka arrangement on the verification of nationality and the return of victims and migrants (demo)',
    parties: ['IDN', 'LKA'],
    scope: ['identity_nationality_verification', 'victim_return', 'migrant_return'],
    signedOn: '2023-08-14',
    effectiveOn: '2023-09-01',
  },
  {
    title: 'Malaysia–Indonesia memorandum on the protection and return of victims of trafficking (demo)',
    parties: ['MYS', 'IDN'],
    scope: ['victim_protection', 'victim_return'],
    signedOn: '2022-03-02',
    effectiveOn: '2022-04-01',
  },
];

export async function identityDemo(ctx: DemoContext): Promise<void> {
  for (const a of ARRANGEMENTS)
    await ctx.services.agreements.create(
      SYSTEM_ACTOR,
      {
        title: a.title,
        type: 'arrangement',
        scope: a.scope,
        status: 'in_force',
        signedOn: a.signedOn,
        effectiveOn: a.effectiveOn,
        notes: 'Synthetic demo arrangement.',
        parties: a.parties.map((state) => ({ state })),
      },
      true,
    );
  for (const [email, duties] of DESIGNATED) {
    const account = ctx.accounts.find((a) => a.email === email);
    if (!account) continue;
    for (const duty of duties) await ctx.services.designations.assign(SYSTEM_ACTOR, account.id, duty);
  }
}
