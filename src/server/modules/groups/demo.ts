// Demo data (synthetic, labelled demo): the Working Group on the Disruption of Criminal Networks, its co-chairs over
// three years and a proposed roster, nominations, two meetings (one under Chatham House) with notes, and a published statement.
import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoContext, DemoSeeder } from '../../demo/registry.js';
import { TERMS_OF_REFERENCE } from './terms-of-reference.js';

export const DEMO_GROUP = 'disruption-wg';
const MEMBERS = ['IDN', 'AUS', 'MYS', 'LKA', 'THA', 'NZL', 'PAK', 'PHL'];

export const groupsDemo: DemoSeeder = {
  name: 'groups',
  async seed({ services, accounts, actor }: DemoContext) {
    const wg = services.groups;
    const who = SYSTEM_ACTOR;
    const id = (email: string) => {
      const a = accounts.find((x) => x.email === email);
      if (!a) throw new Error(`demo account ${email} is missing`);
      return a.id;
    };
    const Y = new Date().getUTCFullYear();
    if (await wg.groups.store.group(DEMO_GROUP)) return;
    await wg.groups.create(
      who,
      {
        code: DEMO_GROUP,
        name: 'Working Group on the Disruption of Criminal Networks (demo)',
        description: 'Officials of national security, law enforcement and border control targeting people smugglers and traffickers. Demo membership.',
        termsOfReference: TERMS_OF_REFERENCE,
        requiredClearance: 'restricted',
        coChairMaxYears: 2,
        establishedOn: `${Y - 2}-01-01`,
        memberStates: MEMBERS,
      },
      true,
    );

    // History: NZL and LKA first, then one rotates each year (decided at senior officials meetings).
    const first = await wg.groups.proposeRoster(
      who,
      DEMO_GROUP,
      {
        years: [
          {
            year: Y - 2,
            coChairs: [
              { memberCode: 'NZL', extensionAgreed: null },
              { memberCode: 'LKA', extensionAgreed: null },
            ],
          },
          {
            year: Y - 1,
            coChairs: [
              { memberCode: 'LKA', extensionAgreed: null },
              { memberCode: 'THA', extensionAgreed: null },
            ],
          },
        ],
      },
      { demo: true, currentYear: Y - 2 },
    );
    await wg.groups.decideRoster(who, DEMO_GROUP, first.id, { meeting: 'Ad Hoc Group Senior Officials Meeting (demo)', decidedOn: `${Y - 3}-11-16` });
    const second = await wg.groups.proposeRoster(
      who,
      DEMO_GROUP,
      {
        years: [
          {
            year: Y,
            coChairs: [
              { memberCode: 'THA', extensionAgreed: null },
              { memberCode: 'NZL', extensionAgreed: null },
            ],
          },
        ],
      },
      { demo: true, currentYear: Y - 1 },
    );
    await wg.groups.decideRoster(who, DEMO_GROUP, second.id, { meeting: 'Ad Hoc Group Senior Officials Meeting (demo)', decidedOn: `${Y - 1}-11-20` });
    // Nominations and a roster proposed for the next senior officials meeting to decide.
    for (const [memberCode, forYear] of [
      ['IDN', Y + 1],
      ['MYS', Y + 2],
      ['PAK', Y + 2],
    ] as const)
      await wg.groups.nominate(who, DEMO_GROUP, { memberCode, forYear, note: 'Self-nomination (demo).' }, true);
    await wg.groups.proposeRoster(
      who,
      DEMO_GROUP,
      {
        years: [
          {
            year: Y + 1,
            coChairs: [
              { memberCode: 'NZL', extensionAgreed: null },
              { memberCode: 'IDN', extensionAgreed: null },
            ],
          },
          {
            year: Y + 2,
            coChairs: [
              { memberCode: 'IDN', extensionAgreed: null },
              { memberCode: 'MYS', extensionAgreed: null },
            ],
          },
        ],
      },
      { demo: true },
    );

    const m = wg.meetings;
    const roundtable = await m.convene(
      who,
      DEMO_GROUP,
      {
        title: 'Initial Roundtable: forward work plan (demo)',
        startsOn: `${Y - 1}-09-24`,
        location: 'Bangkok, Thailand',
        chathamHouse: false,
        agenda: [
          { title: 'Role of transnational networks in the region', lead: 'THA' },
          { title: 'Forward work plan', lead: 'NZL' },
        ],
      },
      true,
    );
    for (const email of ['coordinator.tha@demo.example', 'officer.aus@demo.example', 'officer.idn@demo.example', 'analyst.nzl@demo.example'])
      await m.addParticipant(who, roundtable.id, { userId: id(email), invited: false, attended: true });
    await m.addNote(
      who,
      roundtable.id,
      {
        agendaItem: 0,
        body: 'Networks recruit through social media and move people through two transit states before departure by sea.',
        speaker: 'Somchai Coordinator (demo)',
        speakerAffiliation: 'THA',
      },
      true,
    );
    await m.addNote(
      who,
      roundtable.id,
      {
        agendaItem: 1,
        body: 'Proposed a catalogue of regional networks and a table-top exercise on a joint investigation.',
        speaker: 'Aroha Analyst (demo)',
        speakerAffiliation: 'NZL',
      },
      true,
    );
    await m.addDocument(
      who,
      roundtable.id,
      { title: 'Draft forward work plan (demo)', body: '1. Catalogue networks. 2. Table-top exercise. 3. Regional bulletins.' },
      true,
    );
    await m.addDecision(who, roundtable.id, { text: 'The forward work plan is adopted (demo).' }, true);
    const done = await m.addAction(
      who,
      roundtable.id,
      { description: 'Circulate the network catalogue template (demo)', responsibleStates: ['NZL'], dueOn: `${Y - 1}-12-01` },
      true,
    );
    await m.store.setActionStatus(done.id, 'done');

    const closed = await m.convene(
      who,
      DEMO_GROUP,
      {
        title: 'Closed session: maritime departure routes (demo)',
        startsOn: `${Y}-03-12`,
        location: 'Colombo, Sri Lanka',
        chathamHouse: true,
        agenda: [
          { title: 'Recent interceptions and routes', lead: null },
          { title: 'Information sharing between agencies', lead: null },
        ],
      },
      true,
    );
    for (const email of [
      'coordinator.tha@demo.example',
      'officer.aus@demo.example',
      'officer.idn@demo.example',
      'analyst.nzl@demo.example',
      'officer.lka@demo.example',
    ])
      await m.addParticipant(who, closed.id, { userId: id(email), invited: false, attended: true });
    await m.addNote(
      who,
      closed.id,
      {
        agendaItem: 0,
        body: 'Departures have shifted to smaller fishing ports; organisers use the same broker for boats and documents.',
        speaker: 'Jordan Officer (demo)',
        speakerAffiliation: 'Federal Police (demo), AUS',
      },
      true,
    );
    await m.addNote(
      who,
      closed.id,
      {
        agendaItem: 1,
        body: 'Liaison officers could exchange interception reports within 48 hours under existing agreements.',
        speaker: 'Nimal Officer (demo)',
        speakerAffiliation: 'Criminal Investigation Department (demo), LKA',
      },
      true,
    );
    await m.addDecision(who, closed.id, { text: 'Members will share interception reports through the portal within 48 hours (demo).' }, true);
    await m.addAction(
      who,
      closed.id,
      { description: 'Map departure ports used since January (demo)', responsibleStates: ['IDN', 'LKA'], dueOn: `${Y}-06-30` },
      true,
    );
    await m.addAction(
      who,
      closed.id,
      { description: 'Draft a regional bulletin on the shared broker (demo)', responsibleStates: ['AUS'], dueOn: `${Y + 1}-02-28` },
      true,
    );

    const statement = await wg.statements.draft(
      who,
      DEMO_GROUP,
      {
        title: 'Working Group meets in Colombo (demo)',
        body: 'The Working Group on the Disruption of Criminal Networks met in Colombo and agreed to share interception reports more quickly. This is a demo statement.',
      },
      true,
    );
    await wg.statements.approve(await actor('coordinator.tha@demo.example'), DEMO_GROUP, statement.id);
    await wg.statements.publish(who, DEMO_GROUP, statement.id);
  },
};
