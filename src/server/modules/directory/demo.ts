// Synthetic, labelled demo directory: national committees, intelligence focal points and a liaison officer for the demo states.
import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoSeeder } from '../../demo/registry.js';

const STATES: { code: string; agency: string; city: string }[] = [
  { code: 'IDN', agency: 'Indonesian National Police, Intelligence (demo)', city: 'jakarta' },
  { code: 'AUS', agency: 'Federal Police, International Operations (demo)', city: 'canberra' },
  { code: 'MYS', agency: 'Royal Police, Special Branch (demo)', city: 'kualalumpur' },
  { code: 'THA', agency: 'Royal Thai Police, Immigration Bureau (demo)', city: 'bangkok' },
  { code: 'LKA', agency: 'Criminal Investigation Department (demo)', city: 'colombo' },
  { code: 'PHL', agency: 'National Bureau of Investigation (demo)', city: 'manila' },
  { code: 'NZL', agency: 'Police, Financial Intelligence (demo)', city: 'wellington' },
  { code: 'PAK', agency: 'Federal Investigation Agency (demo)', city: 'islamabad' },
];

export const directoryDemo: DemoSeeder = {
  name: 'directory',
  async seed({ services }) {
    const directory = services.directory;
    for (const [i, s] of STATES.entries()) {
      const committee = await directory.addCommittee(
        SYSTEM_ACTOR,
        {
          state: s.code,
          name: `National Committee on People Smuggling and Trafficking (demo)`,
          mandate: 'Coordinates the national response (synthetic demo entry).',
        },
        true,
      );
      await directory.addContactPoint(
        SYSTEM_ACTOR,
        {
          state: s.code,
          topic: 'intelligence_exchange',
          name: `Focal Point ${s.code} (demo)`,
          position: 'Head of intelligence liaison',
          agency: s.agency,
          email: `intel.${s.code.toLowerCase()}@demo.example`,
          secureChannel: `portal:${s.code.toLowerCase()}-intel`,
          committeeId: committee.id,
        },
        true,
      );
      const legal = await directory.addContactPoint(
        SYSTEM_ACTOR,
        {
          state: s.code,
          topic: i % 2 ? 'legislation' : 'victims',
          name: `Contact ${s.code} ${i % 2 ? 'Legislation' : 'Victims'} (demo)`,
          position: 'Senior officer',
          agency: `Ministry of ${i % 2 ? 'Law' : 'Social Affairs'} (demo)`,
          email: `${i % 2 ? 'law' : 'victims'}.${s.code.toLowerCase()}@demo.example`,
          phone: '+00 0000 0000',
        },
        true,
      );
      // One entry per state last confirmed 14 months ago, so the focal point's stale list shows how it works.
      await directory.store.setConfirmedAt('contact-points', legal.id, new Date(Date.now() - 425 * 86_400_000));
    }
    await directory.addLiaisonOfficer(
      SYSTEM_ACTOR,
      {
        homeState: 'AUS',
        hostState: 'IDN',
        agency: 'Federal Police (demo)',
        name: 'Liaison Officer Jakarta (demo)',
        position: 'Police liaison officer',
        email: 'lo.jakarta@demo.example',
        postedFrom: '2024-07-01',
        postedUntil: '2027-06-30',
      },
      true,
    );
    await directory.addLiaisonOfficer(
      SYSTEM_ACTOR,
      {
        homeState: 'NZL',
        hostState: 'THA',
        agency: 'Police (demo)',
        name: 'Liaison Officer Bangkok (demo)',
        position: 'Police liaison officer',
        email: 'lo.bangkok@demo.example',
        postedFrom: '2025-01-15',
        postedUntil: null,
      },
      true,
    );
  },
};
