// Synthetic, labelled demo agreements between the demo states. Deliberately none between IDN and LKA: the intelligence
// exchange demo shows a refusal there.
import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoSeeder } from '../../demo/registry.js';
import type { AgreementInput } from './schemas.js';

function yearsFromNow(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

const DEMO: AgreementInput[] = [
  {
    title: 'Indonesia-Australia MOU on exchange of smuggling and trafficking intelligence (demo)',
    type: 'mou',
    scope: ['smuggling_intelligence', 'trafficking_intelligence', 'network_mapping'],
    status: 'in_force',
    signedOn: '2023-03-01',
    effectiveOn: '2023-04-01',
    expiresOn: yearsFromNow(3),
    placeOfSignature: 'Bali, Indonesia',
    parties: [{ state: 'IDN' }, { state: 'AUS' }],
  },
  {
    title: 'Australia-Sri Lanka arrangement on people smuggling intelligence (demo)',
    type: 'arrangement',
    scope: ['smuggling_intelligence'],
    status: 'in_force',
    signedOn: '2022-09-15',
    effectiveOn: '2022-10-01',
    expiresOn: yearsFromNow(2),
    placeOfSignature: 'Colombo, Sri Lanka',
    parties: [{ state: 'AUS' }, { state: 'LKA' }],
  },
  {
    title: 'Malaysia-Indonesia-Thailand MOU on transnational crime intelligence (demo)',
    type: 'mou',
    scope: ['smuggling_intelligence', 'trafficking_intelligence', 'document_fraud'],
    status: 'in_force',
    signedOn: '2024-05-20',
    effectiveOn: '2024-06-01',
    expiresOn: null,
    placeOfSignature: 'Kuala Lumpur, Malaysia',
    parties: [{ state: 'MYS' }, { state: 'IDN' }, { state: 'THA' }],
  },
  {
    title: 'New Zealand-Australia arrangement on financial intelligence (demo)',
    type: 'arrangement',
    scope: ['financial_intelligence', 'smuggling_intelligence'],
    status: 'in_force',
    signedOn: '2021-02-01',
    effectiveOn: '2021-02-01',
    expiresOn: null,
    placeOfSignature: 'Wellington, New Zealand',
    parties: [{ state: 'NZL' }, { state: 'AUS' }],
  },
  {
    title: 'Philippines-Thailand MOU on victims of trafficking (demo)',
    type: 'mou',
    scope: ['trafficking_intelligence', 'victim_protection', 'victim_return'],
    status: 'signed',
    signedOn: '2025-11-10',
    effectiveOn: null,
    expiresOn: null,
    placeOfSignature: 'Manila, Philippines',
    parties: [{ state: 'PHL' }, { state: 'THA' }],
  },
  {
    title: 'Pakistan-Malaysia MOU on document fraud (demo)',
    type: 'mou',
    scope: ['document_fraud'],
    status: 'expired',
    signedOn: '2018-01-10',
    effectiveOn: '2018-02-01',
    expiresOn: '2023-01-31',
    placeOfSignature: 'Islamabad, Pakistan',
    parties: [{ state: 'PAK' }, { state: 'MYS' }],
  },
];

export const agreementsDemo: DemoSeeder = {
  name: 'agreements',
  async seed({ services }) {
    const focal = await services.directory.contactPointsFor(['IDN', 'AUS', 'MYS', 'THA', 'LKA', 'PHL', 'NZL', 'PAK'], 'intelligence_exchange');
    for (const agreement of DEMO) {
      const parties = agreement.parties.map((p) => ({ ...p, focalPointId: focal.find((f) => f.state === p.state)?.id ?? null }));
      await services.agreements.create(SYSTEM_ACTOR, { ...agreement, parties }, true);
    }
  },
};
