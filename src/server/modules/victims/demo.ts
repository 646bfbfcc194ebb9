// Demo (synthetic, labelled demo): six months of referral and return cases — Sri Lankan and Pakistani victims identified
// in Indonesia and Australia, Indonesian victims identified in Malaysia — most referred to IOM and returned with travel
// documents from the home state's mission, some waiting, one whose consent was withdrawn, two returns of verified nationals.
// Every person is invented. The counts they write show in the regional picture (flows).

import { pick, seededRandom } from '../../seeded-random.js';
import type { DemoContext } from '../module.js';

const ROUTES = [
  {
    host: 'officer.idn@demo.example',
    home: 'officer.lka@demo.example',
    homeState: 'LKA',
    mission: 'Embassy of Sri Lanka, Jakarta (demo)',
    names: ['ශාලිනී ප්‍රනාන්දු', 'දිල්රුක්ෂි පෙරේරා', 'Tharindu Jayasinghe', 'සමන් කුමාර'],
    language: 'Sinhala',
  },
  {
    host: 'officer.aus@demo.example',
    home: 'officer.pak@demo.example',
    homeState: 'PAK',
    mission: 'High Commission of Pakistan, Canberra (demo)',
    names: ['زینب خان', 'عمر فاروق', 'Bilal Ahmed'],
    language: 'Urdu',
  },
  {
    host: 'officer.mys@demo.example',
    home: 'officer.idn@demo.example',
    homeState: 'IDN',
    mission: 'Embassy of Indonesia, Kuala Lumpur (demo)',
    names: ['Sri Wahyuni', 'Dewi Lestari', 'Maria Ndun'],
    language: 'Bahasa Indonesia',
  },
];
const MEASURES = ['shelter', 'medical_care', 'psychosocial_support', 'legal_assistance', 'interpreter', 'reflection_period', 'risk_assessment'] as const;

export async function victimsDemo(ctx: DemoContext): Promise<void> {
  const random = seededRandom(3003);
  const { victims } = ctx.services;
  const iom = await ctx.actor('officer.iom@demo.example');
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const today = new Date();
  for (let i = 0; i < 60; i++) {
    const route = ROUTES[i < 30 ? 0 : i < 45 ? 1 : 2];
    const host = await ctx.actor(route.host);
    const home = await ctx.actor(route.home);
    // Six per month over the last five months, so the regional cells are large enough to publish.
    const identified = new Date(today.getTime() - (20 + (i % 5) * 30 + Math.floor(random() * 10)) * 86_400_000);
    const at = (days: number) => day(new Date(identified.getTime() + days * 86_400_000));
    const withdrawn = i === 7;
    const c = await victims.create(
      host,
      {
        kind: 'victim',
        homeState: route.homeState,
        identifiedOn: day(identified),
        classification: 'restricted',
        retentionMonths: 24,
        person: {
          name: pick(random, route.names),
          birthDate: String(1985 + Math.floor(random() * 20)),
          sex: pick(random, ['female', 'female', 'male'] as const),
          minor: i % 11 === 0,
        },
        protection: MEASURES.filter(() => random() < 0.5),
        consents: [{ scope: 'home_state', givenOn: day(identified), givenBy: i % 11 === 0 ? 'guardian' : 'person', informedIn: route.language }],
      },
      { demo: true },
    );
    if (withdrawn) {
      await victims.withdrawConsent(host, c.id, c.consents[0].id, {
        withdrawnOn: at(2),
        note: 'Synthetic demo: the person chose to stay and seek protection in the host state.',
      });
      continue;
    }
    if (random() < 0.8) {
      await victims.consent(host, c.id, { scope: 'organisation', givenOn: at(1), givenBy: 'person', informedIn: route.language });
      await victims.refer(host, c.id, { organisation: 'IOM', referredOn: at(2) });
    }
    if (i % 6 === 5) continue; // waiting for travel documents
    await victims.issueTravelDocument(home, c.id, {
      type: 'emergency_travel_document',
      number: `ETD-${route.homeState}-${1000 + i}`,
      issuedOn: at(9),
      mission: route.mission,
    });
    const returnOn = at(15 + Math.floor(random() * 15));
    if (returnOn > day(today)) {
      await victims.planReturn(host, c.id, { returnOn, escort: 'Synthetic demo: social worker to the airport' });
      continue;
    }
    await victims.planReturn(host, c.id, { returnOn });
    const after = await victims.get(host, c.id);
    if (after.referredTo === 'IOM')
      await victims.planReturn(iom, c.id, { escort: 'IOM escort on the flight (demo)', reception: 'IOM reception at arrival (demo)' });
    await victims.markReturned(host, c.id, { returnedOn: returnOn });
    const received = new Date(new Date(returnOn).getTime() + 86_400_000);
    if (received <= today) await victims.confirmReception(home, c.id, { receivedOn: day(received), note: 'Synthetic demo: received by the family.' });
  }
  // Two nationals whose nationality was confirmed go home (a return of a verified national needs no victim consent).
  const idn = await ctx.actor('officer.idn@demo.example');
  const confirmed = (await ctx.services.verifications.list(idn, { direction: 'outgoing', status: 'answered' })).requests.filter(
    (r) => r.answer === 'confirmed',
  );
  for (const r of confirmed.slice(0, 2))
    await victims.create(
      idn,
      { kind: 'migrant', verificationId: r.id, identifiedOn: day(new Date(r.createdAt)), classification: 'restricted', retentionMonths: 24 },
      { demo: true },
    );
}
