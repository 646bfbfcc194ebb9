// Demo data (synthetic, every row flagged demo=true and shown labelled "demo"): a validated assessment history
// 2000-2020 for a dozen states, a demo act of Indonesia with a provision, an open draft, and a demo extradition treaty.
// Real states' assessments that nobody made stay "unknown"; nothing here is a claim about any real law.
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../access/actor.js';
import type { DemoContext, DemoSeeder } from '../../demo/registry.js';
import { pick, seededRandom } from '../../seeded-random.js';
import type { NewVersion } from './assessments-store.js';
import type { AssessmentStatus } from './schemas.js';

const DEMO_STATES = ['IDN', 'AUS', 'MYS', 'LKA', 'THA', 'PHL', 'NZL', 'PAK', 'VNM', 'KHM', 'BGD', 'FJI'];
const LADDER: AssessmentStatus[] = ['not_met', 'in_drafting', 'partly', 'met'];

export const legislationDemo: DemoSeeder = {
  name: 'legislation',
  async seed({ services, accounts }: DemoContext) {
    const { catalogue, assessments } = services.legislation;
    const random = seededRandom(2002);
    const { version, standards } = await catalogue.standards();
    const assessable = standards.filter((s) => s.assessable && s.group !== 'law_enforcement');
    const actor = (state: string) => accounts.find((a) => a.state === state)?.id ?? null;
    await services.system.transaction(async () => {
      const history: NewVersion[] = [];
      for (const state of DEMO_STATES) {
        for (const standard of assessable) {
          if (random() < 0.3) continue; // some stay unknown, as in life
          let step = Math.floor(random() * 2);
          let year = 2000 + Math.floor(random() * 8);
          while (step < LADDER.length && year <= 2020) {
            const id = randomUUID();
            const base = {
              assessment_id: id,
              state,
              catalogue_version: version,
              standard_id: standard.id,
              status: LADDER[step],
              valid_from: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
              comment: 'Demo assessment (synthetic).',
              evidence: [],
              reason: null,
              actor_id: actor(state),
              actor_state: state,
              demo: true,
            };
            for (const [version, workflow] of [
              [1, 'draft'],
              [2, 'submitted'],
              [3, 'validated'],
            ] as const)
              history.push({ ...base, version, workflow });
            step += 1 + Math.floor(random() * 2);
            year += 1 + Math.floor(random() * 5);
          }
        }
      }
      await assessments.store.appendMany(history);
      const act = await catalogue.store.createInstrument(
        {
          state: 'IDN',
          kind: 'act',
          title: 'Demo Act on the Smuggling of Persons (synthetic)',
          citation: 'Demo No. 1',
          year: 2009,
          status: 'in_force',
          inForceFrom: '2009-05-01',
        },
        actor('IDN')!,
        true,
      );
      const provision = await catalogue.store.createProvision(
        act,
        { section: 'Art. 120 (demo)', heading: 'Smuggling of persons', summary: 'Synthetic provision for the demo.' },
        version,
        ['PS-2', 'PS-3'],
      );
      await assessments.store.append({
        assessment_id: randomUUID(),
        version: 1,
        state: 'IDN',
        catalogue_version: version,
        standard_id: 'PS-3',
        status: pick(random, ['met', 'partly'] as const),
        valid_from: '2009-05-01',
        comment: 'Demo draft awaiting the focal point (synthetic).',
        evidence: [provision],
        workflow: 'draft',
        reason: null,
        actor_id: actor('IDN'),
        actor_state: 'IDN',
        demo: true,
      });
      await catalogue.store.createCooperationInstrument(
        {
          kind: 'extradition_treaty',
          title: 'Demo extradition treaty AUS-IDN (synthetic)',
          parties: ['AUS', 'IDN'],
          covers: ['extradition', 'mla'],
          signed_on: '1992-04-22',
          in_force_from: '1995-01-21',
          terminated_on: null,
          source: 'demo (synthetic)',
        },
        null,
        true,
      );
      await services.audit.record(SYSTEM_ACTOR, { action: 'legislation.demo.seed', outcome: 'ok', detail: { states: DEMO_STATES } });
    });
  },
};
