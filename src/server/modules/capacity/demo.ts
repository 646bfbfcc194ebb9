// Demo needs and offers (synthetic, labelled demo), and one assistance agreed between them and under way.

import type { DemoContext, DemoSeeder } from '../../demo/registry.js';

export const capacityDemo: DemoSeeder = {
  name: 'capacity',
  async seed({ services, actor }: DemoContext) {
    const as = actor;
    const c = services.capacity;
    if (await c.store.hasDemoNeeds()) return;
    const Y = new Date().getUTCFullYear();
    const idn = await as('focal.idn@demo.example');
    const mys = await as('policy.mys@demo.example');
    const aus = await as('focal.aus@demo.example');
    const iom = await as('policy.iom@demo.example');
    const lab = await c.recordNeed(
      idn,
      {
        state: 'IDN',
        title: 'Document laboratory at the main international airport (demo)',
        description: 'Examination of suspected fraudulent travel documents.',
        helpKind: 'document_laboratory',
        priority: 'high',
        languages: ['id', 'en'],
        wantedFrom: `${Y}-01-01`,
        wantedUntil: `${Y + 1}-12-31`,
        source: 'manual',
      },
      true,
    );
    await c.recordNeed(
      idn,
      {
        state: 'IDN',
        title: 'Training of prosecutors on smuggling cases (demo)',
        description: '',
        helpKind: 'training',
        priority: 'medium',
        languages: ['id'],
        source: 'manual',
      },
      true,
    );
    await c.recordNeed(
      mys,
      {
        state: 'MYS',
        title: 'Drafting assistance: aggravated smuggling offences (demo)',
        description: 'From the Port Dickson survey answer "partly".',
        helpKind: 'drafting_assistance',
        priority: 'high',
        languages: ['en', 'ms'],
        source: 'manual',
      },
      true,
    );
    const offer = await c.recordOffer(
      aus,
      {
        provider: 'AUS',
        title: 'Forensic document examination: laboratory set-up and training (demo)',
        description: 'Two examiners for six months.',
        helpKinds: ['document_laboratory', 'training'],
        topics: [],
        subregions: ['South-eastern Asia'],
        languages: ['en', 'id'],
        availableFrom: `${Y}-03-01`,
        availableUntil: `${Y + 1}-06-30`,
      },
      true,
    );
    await c.recordOffer(
      iom,
      {
        provider: 'IOM',
        title: 'Legislative drafting workshops (demo)',
        description: 'Model provisions and peer review.',
        helpKinds: ['drafting_assistance', 'exchange_of_experts'],
        topics: [],
        subregions: [],
        languages: ['en'],
      },
      true,
    );
    const agreed = await c.agree(idn, { needId: lab.id, offerId: offer!.id, agreedOn: `${Y}-02-15` }, true);
    await c.progress(idn, agreed!.id, { status: 'in_progress', note: 'Examiners arrived; equipment ordered (demo).', on: `${Y}-03-10` });
  },
};
