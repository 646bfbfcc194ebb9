// Demo (synthetic, labelled demo): a handful of reports between demo states released under the demo agreements
// (IDN-AUS covers smuggling and trafficking; none IDN-LKA), a request for information, two alerts and a watch-list.
import type { DemoSeeder } from '../../demo/registry.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const intelDemo: DemoSeeder = {
  name: 'intel',
  async seed(ctx) {
    const { intelReports: reports, intelExchange: exchange, alerts, watchlists } = ctx.services;
    const idn = await ctx.actor('officer.idn@demo.example');
    const aus = await ctx.actor('officer.aus@demo.example');

    const kupang = await reports.create(
      idn,
      {
        title: 'Vessel preparing to depart Kupang with passengers (demo)',
        category: 'people_smuggling',
        reliability: 'B',
        credibility: '2',
        classification: 'restricted',
        body: 'Synthetic demo report. A wooden fishing vessel is being provisioned near Kupang for about 40 passengers. The facilitator collects payment in cash through a local broker.',
      },
      { demo: true },
    );
    await exchange.release(idn, kupang.id, { states: ['AUS'], groups: [] });
    await exchange.askRfi(aus, kupang.id, { question: 'Demo: is the vessel name or registration known?', deadline: inDays(14) }, true);

    const recruiters = await reports.create(
      idn,
      {
        title: 'Recruiters offering overseas jobs through social media (demo)',
        category: 'trafficking_in_persons',
        reliability: 'C',
        credibility: '3',
        classification: 'confidential',
        handlingCodes: ['originator_control', 'not_evidential'],
        body: 'Synthetic demo report. Recruiters advertise factory jobs abroad; passports are retained on arrival. Originator control: ask before sharing onward.',
      },
      { demo: true },
    );
    await exchange.release(idn, recruiters.id, { states: ['AUS'], groups: [] });

    await reports.create(
      idn,
      {
        title: 'Document fraud trends at regional airports (demo)',
        category: 'document_fraud',
        reliability: 'B',
        credibility: '3',
        classification: 'members',
        body: 'Synthetic demo bulletin for all members: substituted photo pages on otherwise genuine passports.',
      },
      { demo: true },
    );

    const transfers = await reports.create(
      aus,
      {
        title: 'Payments to a facilitator through informal transfers (demo)',
        category: 'people_smuggling',
        reliability: 'A',
        credibility: '2',
        classification: 'restricted',
        body: 'Synthetic demo report. Family members of passengers pay through informal value transfer; the same collector appears in several departures.',
      },
      { demo: true },
    );
    await exchange.release(aus, transfers.id, { states: ['IDN'], groups: [] });

    await alerts.issue(
      aus,
      {
        type: 'vessel_or_route',
        title: 'Route alert: departures from eastern Nusa Tenggara (demo)',
        audience: 'states',
        states: ['IDN', 'MYS', 'LKA'],
        classification: 'restricted',
        expiresOn: inDays(60),
        body: 'Synthetic demo alert. Expect small wooden vessels leaving at night; report sightings to the issuing state.',
      },
      { demo: true },
    );
    await alerts.issue(
      idn,
      {
        type: 'fraudulent_document',
        title: 'Fraudulent passports with substituted photo pages (demo)',
        audience: 'all',
        classification: 'members',
        expiresOn: inDays(90),
        body: 'Synthetic demo bulletin for all members.',
      },
      { demo: true },
    );
    // Watched values that are in the networks demo (seeded after this): AUS may read the LKA records it matches;
    // IDN may not read LKA's confidential record of Suresh Pathirana, so it sees only "a match was recorded by LKA; request access".
    await watchlists.create(
      aus,
      {
        name: 'Demo watch-list: Kupang facilitators',
        entries: [
          { kind: 'name', value: 'Kamal Perera' },
          { kind: 'document', value: 'N7000031' },
          { kind: 'phone', value: '+94 77 555 0000' },
        ],
      },
      true,
    );
    await watchlists.create(
      idn,
      {
        name: 'Demo watch-list: Negombo organisers',
        entries: [
          { kind: 'name', value: 'Suresh Pathirana' },
          { kind: 'name', value: 'Hendra Wijaya' },
        ],
      },
      true,
    );
  },
};
