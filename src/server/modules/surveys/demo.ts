// Demo data (synthetic, labelled demo): the Port Dickson legislation survey (seed 000, strategy 1, coordinated by the
// Philippines and Palau) with answers from a few demo states, published where they consented; and demo needs and offers.

import type { DemoContext, DemoSeeder } from '../../demo/registry.js';

const TITLE = 'Port Dickson legislation survey (demo)';

export const surveysDemo: DemoSeeder = {
  name: 'surveys',
  async seed({ services, actor }: DemoContext) {
    const as = actor;
    const { surveys, answering } = services.surveys;
    if (await surveys.store.titled(TITLE)) return;
    const coord = await as('coordinator.phl@demo.example');
    const { id } = await surveys
      .create(
        coord,
        {
          title: TITLE,
          planRef: 'port-dickson-2002#1',
          coordinatorStates: ['PHL', 'PLW'],
          description:
            'Strategy 1 of the Port Dickson workshop (2002): "Completion of the survey distributed at the planning meeting held in Bangkok on 13-14 June 2002. The completed surveys to be published on the website." Questions are synthetic (demo).',
          sections: [
            {
              id: 'smuggling',
              title: 'People smuggling',
              questions: [
                {
                  id: 'smuggling_offence',
                  kind: 'yes_no_partly',
                  text: 'Is people smuggling a criminal offence in your law?',
                  help: '',
                  required: true,
                  standardId: 'PS-1',
                },
                {
                  id: 'smuggling_law',
                  kind: 'citation',
                  text: 'Cite the provision that criminalises people smuggling.',
                  help: '',
                  required: false,
                  standardId: 'PS-1',
                },
              ],
            },
            {
              id: 'trafficking',
              title: 'Trafficking in persons',
              questions: [
                {
                  id: 'trafficking_offence',
                  kind: 'yes_no_partly',
                  text: 'Is trafficking in persons a criminal offence in your law?',
                  help: '',
                  required: true,
                  standardId: 'TIP-1',
                },
                { id: 'prosecutions', kind: 'number', text: 'How many prosecutions for trafficking were brought last year?', help: '', required: false },
                {
                  id: 'committee',
                  kind: 'choice',
                  text: 'Is there a national committee of the relevant agencies?',
                  help: '',
                  required: true,
                  options: ['Established', 'Being established', 'Not planned'],
                },
              ],
            },
          ],
        },
        true,
      )
      .catch(async (e) => {
        // The catalogue may not carry these standard ids: keep the survey without the links rather than fail the demo.
        if (!String(e?.message).includes('standard')) throw e;
        return surveys.create(
          coord,
          {
            title: TITLE,
            description: 'Strategy 1 of the Port Dickson workshop (2002). Demo.',
            coordinatorStates: ['PHL', 'PLW'],
            planRef: 'port-dickson-2002#1',
            sections: [
              {
                id: 'legislation',
                title: 'Legislation',
                questions: [
                  { id: 'smuggling_offence', kind: 'yes_no_partly', text: 'Is people smuggling a criminal offence in your law?', help: '', required: true },
                  {
                    id: 'trafficking_offence',
                    kind: 'yes_no_partly',
                    text: 'Is trafficking in persons a criminal offence in your law?',
                    help: '',
                    required: true,
                  },
                  { id: 'prosecutions', kind: 'number', text: 'How many prosecutions for trafficking were brought last year?', help: '', required: false },
                  {
                    id: 'committee',
                    kind: 'choice',
                    text: 'Is there a national committee of the relevant agencies?',
                    help: '',
                    required: true,
                    options: ['Established', 'Being established', 'Not planned'],
                  },
                ],
              },
            ],
          },
          true,
        );
      });
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await surveys.send(coord, id, { audience: 'all', states: [], deadline });
    const answer = async (email: string, state: string, answers: Record<string, string | number>) => {
      const focal = await as(email);
      await answering.save(focal, id, state, answers, true);
      await answering.submit(focal, id, state);
      return focal;
    };
    const idn = await answer('focal.idn@demo.example', 'IDN', {
      smuggling_offence: 'yes',
      trafficking_offence: 'yes',
      prosecutions: 14,
      committee: 'Established',
    });
    const mys = await answer('focal.mys@demo.example', 'MYS', {
      smuggling_offence: 'partly',
      trafficking_offence: 'yes',
      prosecutions: 9,
      committee: 'Being established',
    });
    await answering.save(await as('focal.aus@demo.example'), id, 'AUS', { smuggling_offence: 'yes' }, true);
    await surveys.accept(coord, id, 'IDN');
    await surveys.accept(coord, id, 'MYS');
    await answering.consent(idn, id, 'IDN', true);
    await answering.consent(mys, id, 'MYS', false);
    await surveys.publish(coord, id);
  },
};
