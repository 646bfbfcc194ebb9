// Demo (synthetic, labelled demo): a people-smuggling network LKA -> MYS -> IDN -> AUS by sea, reported by several states
// under different classifications, with duplicate persons spelled differently (Latin and native script) for cross-matching.

import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoSeeder } from '../../demo/registry.js';
import { pick, seededRandom } from '../../seeded-random.js';
import type { Properties } from './ftm.js';
import { type LineContext, readFtmObject } from './ftm-line.js';
import type { EntityRow, LinkRow, NetworksStore, Provenance } from './store.js';

/** Who reported what, and to whom it is released: each demo state sees a different part of the network. */
const reporters: Record<string, Omit<Provenance, 'sourceReport'>> = {
  AUS: {
    sourceState: 'AUS',
    ownerState: 'AUS',
    classification: 'restricted',
    releasableStates: ['IDN', 'LKA', 'MYS', 'NZL'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'B',
    credibility: '2',
    demo: true,
  },
  AUS_SECRET: {
    sourceState: 'AUS',
    ownerState: 'AUS',
    classification: 'secret',
    releasableStates: ['NZL'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'B',
    credibility: '3',
    demo: true,
  },
  LKA: {
    sourceState: 'LKA',
    ownerState: 'LKA',
    classification: 'confidential',
    releasableStates: ['AUS'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'C',
    credibility: '3',
    demo: true,
  },
  IDN: {
    sourceState: 'IDN',
    ownerState: 'IDN',
    classification: 'restricted',
    releasableStates: ['AUS', 'MYS'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'B',
    credibility: '2',
    demo: true,
  },
  MYS: {
    sourceState: 'MYS',
    ownerState: 'MYS',
    classification: 'restricted',
    releasableStates: ['IDN', 'AUS'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'C',
    credibility: '2',
    demo: true,
  },
  PAK: {
    sourceState: 'PAK',
    ownerState: 'PAK',
    classification: 'confidential',
    releasableStates: ['AUS'],
    releasableGroups: [],
    handlingCodes: [],
    reliability: 'C',
    credibility: '3',
    demo: true,
  },
};

const givenNames = [
  'Nirosh',
  'Kasun',
  'Ravi',
  'Mohamed',
  'Farhan',
  'Ahmad',
  'Sajith',
  'Dinesh',
  'Kumaran',
  'Priyan',
  'Hassan',
  'Ali',
  'Tharindu',
  'Suresh',
  'Rizwan',
];
const familyNames = ['Fernando', 'Silva', 'Rajan', 'Nawaz', 'Khan', 'Jayasuriya', 'Selvam', 'Hussain', 'Perera', 'Kumar', 'Iqbal', 'Rahman'];

class DemoNetwork {
  readonly entities: EntityRow[] = [];
  readonly links: LinkRow[] = [];
  private linkCount = 0;
  constructor(private readonly today: string) {}

  private context(reporter: string, report: string): LineContext {
    return {
      provenance: { ...reporters[reporter], sourceReport: report },
      allowedClassifications: ['members', 'restricted', 'confidential', 'secret'],
      countries: {},
      today: this.today,
    };
  }

  add(id: string, schema: string, properties: Properties, reporter: string, extra: { modusOperandi?: string[] } = {}): string {
    const parsed = readFtmObject(
      { id, schema, properties, bali: extra },
      this.context(reporter, `DEMO-${reporter.slice(0, 3)}-2024-${(this.entities.length + 101).toString()}`),
    );
    if ('error' in parsed) throw new Error(`demo entity ${id}: ${parsed.error}`);
    this.entities.push(parsed.entity!);
    this.links.push(...parsed.links);
    return id;
  }

  link(source: string, role: string, target: string, reporter: string, startDate?: string): void {
    this.links.push({
      id: `demo-link-${++this.linkCount}`,
      schema: 'UnknownLink',
      role,
      sourceId: source,
      targetId: target,
      startDate: startDate ?? null,
      endDate: null,
      properties: {},
      context: {},
      derivedFrom: null,
      weight: null,
      ...reporters[reporter],
      sourceReport: `DEMO-${reporter.slice(0, 3)}-LINKS`,
    });
  }
}

/** Builds the synthetic network (deterministic: the same on every machine). */
export function demoNetwork(today = new Date().toISOString().slice(0, 10)): DemoNetwork {
  const random = seededRandom(6006);
  const n = new DemoNetwork(today);
  const person = (id: string, name: string, reporter: string, props: Properties = {}) => n.add(id, 'Person', { name: [name], ...props }, reporter);

  const place = (id: string, name: string, country: string, lat: number, lon: number, reporter = 'AUS') =>
    n.add(
      id,
      'Address',
      { full: [`${name} (demo)`], name: [`${name} (demo)`], country: [country], latitude: [String(lat)], longitude: [String(lon)] },
      reporter,
    );
  const negombo = place('demo-place-negombo', 'Negombo', 'LKA', 7.21, 79.84, 'LKA');
  const portKlang = place('demo-place-port-klang', 'Port Klang', 'MYS', 3.0, 101.39, 'MYS');
  const jakarta = place('demo-place-tanjung-priok', 'Tanjung Priok', 'IDN', -6.1, 106.88, 'IDN');
  const kupang = place('demo-place-kupang', 'Kupang', 'IDN', -10.17, 123.6, 'IDN');
  const ashmore = place('demo-place-ashmore', 'Ashmore Reef', 'AUS', -12.26, 123.04);
  const christmas = place('demo-place-christmas-island', 'Christmas Island', 'AUS', -10.49, 105.62);

  const organiser = person('demo-p-organiser', 'Rashid Karim Baloch', 'AUS', { alias: ['Haji Rashid'], birthDate: ['1975-03-14'], nationality: ['PAK'] });
  const coOrganiser = person('demo-p-co-organiser', 'Suresh Pathirana', 'LKA', { birthDate: ['1979-11-02'], nationality: ['LKA'] });
  const brokerMys = person('demo-p-broker-mys', 'Ahmad Faizal bin Osman', 'MYS', { birthDate: ['1981-05-20'], nationality: ['MYS'] });
  const brokerIdn = person('demo-p-broker-idn', 'Hendra Wijaya', 'IDN', { birthDate: ['1983-01-09'], nationality: ['IDN'] });
  const captain = person('demo-p-captain', 'Yohanes Ndun', 'IDN', { birthDate: ['1986-08-30'], nationality: ['IDN'] });
  const financier = person('demo-p-financier', 'Mohammed Irfan Siddiqui', 'AUS_SECRET', { birthDate: ['1970-02-11'], nationality: ['PAK'] });
  const forger = person('demo-p-forger', 'Kamal Perera', 'LKA', { birthDate: ['1977-06-25'], nationality: ['LKA'] });
  const recruiters = ['Tharshan Sivakumar', 'Nuwan Jayasinghe', 'Mohamed Rizan', 'Pradeep Kumara'].map((name, i) =>
    person(`demo-p-recruiter-${i + 1}`, name, 'LKA', { birthDate: [`198${i + 5}-0${i + 3}-1${i}`], nationality: ['LKA'] }),
  );
  const crew = ['Markus Bria', 'Daniel Lado'].map((name, i) => person(`demo-p-crew-${i + 1}`, name, 'IDN', { nationality: ['IDN'] }));
  const hawala = n.add('demo-o-hawala', 'Organization', { name: ['Al-Noor Exchange (demo)'], country: ['PAK'] }, 'PAK');
  const agency = n.add('demo-o-travel', 'Organization', { name: ['Lanka Horizon Travels (demo)'], country: ['LKA'] }, 'LKA', {
    modusOperandi: ['documents.supply'],
  });
  const vessel = n.add('demo-v-bintang', 'Vessel', { name: ['KM Bintang Laut'], imoNumber: ['9123457'], mmsi: ['525012345'], flag: ['IDN'] }, 'IDN', {
    modusOperandi: ['route_transport.sea'],
  });
  const account = n.add('demo-acct-1', 'BankAccount', { accountNumber: ['PK36SCBL0000001123456702'], bankName: ['Demo Bank'] }, 'AUS_SECRET');

  // Cross-state duplicates, spelled differently: the matcher should propose each.
  person('demo-p-organiser-pak', 'راشد کریم بلوچ', 'PAK', { birthDate: ['1975-03-14'], nationality: ['PAK'] });
  person('demo-p-recruiter-1-aus', 'தர்ஷன் சிவகுமார்', 'AUS', { birthDate: ['1985-03-10'], nationality: ['LKA'] });
  person('demo-p-captain-aus', 'Johanes Ndoen', 'AUS', { birthDate: ['1986-08-30'], nationality: ['IDN'] });
  n.add('demo-v-bintang-aus', 'Vessel', { name: ['Bintang Laut'], imoNumber: ['9123457'], flag: ['IDN'] }, 'AUS');

  n.link(organiser, 'leads', coOrganiser, 'AUS', '2022-01-01');
  n.link(organiser, 'leads', brokerMys, 'AUS', '2022-03-01');
  n.link(organiser, 'leads', brokerIdn, 'AUS', '2022-03-01');
  n.link(organiser, 'pays', captain, 'AUS', '2023-02-10');
  n.link(organiser, 'member_of', hawala, 'PAK');
  n.link(financier, 'finances', organiser, 'AUS_SECRET', '2022-06-01');
  n.link(financier, 'uses', account, 'AUS_SECRET');
  n.link(hawala, 'pays', brokerMys, 'PAK', '2023-01-20');
  n.link(coOrganiser, 'member_of', agency, 'LKA');
  n.link(forger, 'member_of', agency, 'LKA');
  for (const r of recruiters) n.link(coOrganiser, 'leads', r, 'LKA', '2022-05-01');
  n.link(brokerIdn, 'recruits', captain, 'IDN', '2022-12-01');
  for (const c of crew) n.link(captain, 'leads', c, 'IDN');
  n.link(brokerMys, 'harbours', brokerIdn, 'MYS');
  n.link(captain, 'uses', vessel, 'IDN');

  const phones = Array.from({ length: 8 }, (_, i) =>
    n.add(`demo-ph-${i + 1}`, 'UserAccount', { number: [`+9477${(5550000 + i * 137).toString()}`], service: ['phone'] }, i < 4 ? 'LKA' : 'AUS'),
  );
  const holders = [organiser, coOrganiser, brokerMys, brokerIdn, captain, recruiters[0], recruiters[1], forger];
  holders.forEach((h, i) => n.link(h, 'uses', phones[i], i < 4 ? 'AUS' : 'LKA'));
  n.link(phones[0], 'communicates_with', phones[1], 'AUS', '2023-01-05');
  n.link(phones[0], 'communicates_with', phones[2], 'AUS', '2023-01-06');
  n.link(phones[0], 'communicates_with', phones[3], 'AUS', '2023-01-06');
  n.link(phones[3], 'communicates_with', phones[4], 'IDN', '2023-02-01');

  // Passengers, with fraudulent passports supplied through the forger, in three voyages.
  const voyages = [
    { year: 2023, month: '03' },
    { year: 2023, month: '09' },
    { year: 2024, month: '02' },
  ];
  let passengers = 0;
  voyages.forEach((voyage, v) => {
    const group: string[] = [];
    for (let i = 0; i < 10; i++) {
      passengers++;
      const name = `${pick(random, givenNames)} ${pick(random, familyNames)}`;
      const id = person(`demo-p-migrant-${passengers}`, name, 'AUS', {
        nationality: [pick(random, ['LKA', 'LKA', 'PAK', 'AFG'])],
        birthDate: [`${1985 + Math.floor(random() * 20)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`],
      });
      group.push(id);
      // A recruiter signs up the first passengers of each voyage; the others come through them (travels_with).
      if (i < 2) n.link(recruiters[(passengers + v) % recruiters.length], 'recruits', id, 'LKA', `${voyage.year}-${voyage.month}-01`);
      n.link(captain, 'transports', id, 'IDN', `${voyage.year}-${voyage.month}-20`);
      if (i < 3) {
        const doc = n.add(
          `demo-doc-${passengers}`,
          'Passport',
          { number: [`N${(7000000 + passengers * 31).toString()}`], type: ['passport'], status: ['fraudulent'], country: ['LKA'], holder: [id] },
          'LKA',
          { modusOperandi: ['documents.false_document'] },
        );
        n.link(forger, 'forges_documents_for', id, 'LKA', `${voyage.year}-${voyage.month}-05`);
        void doc;
      }
    }
    for (let i = 1; i < group.length; i++) n.link(group[0], 'travels_with', group[i], 'AUS');
    const route = 'demo-route-1';
    const legs: [string, string, string[], number][] = [
      [negombo, portKlang, [], 0],
      [portKlang, kupang, [jakarta], 6],
      [kupang, v === 1 ? christmas : ashmore, [], 14],
    ];
    legs.forEach(([from, to, transit, offset], k) => {
      const day = (d: number) => `${voyage.year}-${voyage.month}-${String(Math.min(28, 1 + d)).padStart(2, '0')}`;
      n.add(
        `demo-leg-${v + 1}-${k + 1}`,
        'Event',
        {
          name: [`Voyage ${v + 1} leg ${k + 1} (demo)`],
          startDate: [day(offset)],
          endDate: [day(offset + 5)],
          keywords: [
            'bali:route-leg',
            'mode:sea',
            `route:${route}`,
            `from:${from}`,
            `to:${to}`,
            ...transit.map((t) => `transit:${t}`),
            `people:${10 + k * 2 + v * 5}`,
          ],
          involved: [vessel],
        },
        k === 0 ? 'LKA' : k === 1 ? 'MYS' : 'IDN',
      );
    });
    n.add(
      `demo-ev-departure-${v + 1}`,
      'Event',
      {
        name: [`Departure from Negombo, voyage ${v + 1} (demo)`],
        startDate: [`${voyage.year}-${voyage.month}-01`],
        country: ['LKA'],
        keywords: ['event:departure'],
      },
      'LKA',
    );
    n.add(
      `demo-ev-interception-${v + 1}`,
      'Event',
      {
        name: [`Interception near ${v === 1 ? 'Christmas Island' : 'Ashmore Reef'}, voyage ${v + 1} (demo)`],
        startDate: [`${voyage.year}-${voyage.month}-22`],
        country: ['AUS'],
        keywords: ['event:interception'],
        involved: [vessel],
      },
      'AUS',
    );
  });
  n.add(
    'demo-route-1',
    'Event',
    { name: ['Negombo - Port Klang - Kupang - Ashmore Reef (demo)'], keywords: ['bali:route', 'mo:route_transport.sea', 'mo:route_transport.transit_country'] },
    'AUS',
  );
  n.add(
    'demo-ev-arrest-captain',
    'Event',
    { name: ['Arrest of the boat captain in Kupang (demo)'], startDate: ['2024-03-02'], country: ['IDN'], keywords: ['event:arrest'], involved: [captain] },
    'IDN',
  );
  n.add(
    'demo-ev-payment-1',
    'Event',
    { name: ['Hawala payment to Port Klang broker (demo)'], startDate: ['2023-01-20'], country: ['MYS'], keywords: ['event:payment'], involved: [brokerMys] },
    'MYS',
  );
  return n;
}

/** Writes the demo network through the same store as imports (idempotent: same ids every time). */
export async function seedNetworksDemo(store: NetworksStore): Promise<{ entities: number; links: number }> {
  const network = demoNetwork();
  const entities = await store.upsertEntities(network.entities);
  const links = await store.upsertLinks(network.links);
  return { entities: entities.size, links: links.size };
}

export const networksDemo: DemoSeeder = {
  name: 'networks',
  async seed({ services }) {
    const counts = await seedNetworksDemo(services.networks.store);
    // Written in bulk through the store, so tell the entity-recorded hooks (watch-lists) as an import does.
    const entities = demoNetwork().entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      names: e.names,
      identifiers: e.identifiers,
      birthDate: e.birthDate,
      nationality: e.nationality,
      ownerState: e.ownerState,
    }));
    for (const hook of services.networks.onEntitiesRecorded) await hook(entities);
    await services.audit.record(SYSTEM_ACTOR, { action: 'networks.demo.seed', outcome: 'ok', detail: counts });
  },
};
