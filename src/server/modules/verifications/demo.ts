// Demo (synthetic, labelled demo): a year of verification requests between the demo states, most answered (some late),
// a few open, one waiting for more information, so that lists, threads and the time-to-answer dashboard have something
// to show. Every person is invented; names are written in their own scripts.

import { pick, seededRandom } from '../../seeded-random.js';
import type { DemoContext } from '../module.js';
import type { PersonInput } from './schemas.js';

/** One invented person a line: the state asked, the name in its own script, the Latin alias (if any), birth and sex. */
const PEOPLE: readonly [state: string, name: string, alias: string | null, birthDate: string, birthPlace: string, sex: 'male' | 'female'][] = [
  ['LKA', 'නිමල් පෙරේරා', 'Nimal Perera', '1991-03-14', 'Negombo', 'male'],
  ['LKA', 'சிவகுமார் ராஜா', 'Sivakumar Raja', '1987', 'Jaffna', 'male'],
  ['LKA', 'කුමාරි සිල්වා', null, '1998-11', 'Chilaw', 'female'],
  ['PAK', 'محمد عمران', 'Muhammad Imran', '1993-06-02', 'Gujranwala', 'male'],
  ['PAK', 'عائشہ بی بی', 'Ayesha Bibi', '2000', 'Quetta', 'female'],
  ['MYS', 'Ahmad bin Yusof', 'احمد بن يوسف', '1989-09-21', 'Kota Bharu', 'male'],
  ['IDN', 'Siti Rahmawati', null, '1995-01-30', 'Kupang', 'female'],
  ['IDN', 'Yohanes Lado', null, '1984', 'Rote', 'male'],
];
const peopleOf = (state: string): PersonInput[] =>
  PEOPLE.filter(([s]) => s === state).map(([, name, alias, birthDate, birthPlace, sex]) => ({
    names: [{ name, kind: 'primary' as const }, ...(alias ? [{ name: alias, kind: 'alias' as const }] : [])],
    birthDate,
    birthPlace,
    sex,
  }));
/** States asked (each has people above) and states asking; every one acts through its demo officer. */
const ASKED = [...new Set(PEOPLE.map(([state]) => state))];
const ASKING = ['IDN', 'AUS', 'MYS'];
const officerOf = (state: string) => `officer.${state.toLowerCase()}@demo.example`;
const REASONS = [
  'Synthetic demo: intercepted at sea with 38 others; claims this nationality, no documents.',
  'Synthetic demo: arrived by air on a passport that hit as stolen; claims this nationality.',
  'Synthetic demo: found working on a fishing vessel; identified as a possible victim of trafficking.',
];

export async function verificationsDemo(ctx: DemoContext): Promise<void> {
  const random = seededRandom(12_345);
  const { verifications } = ctx.services;
  const now = Date.now();
  for (let i = 0; i < 42; i++) {
    const from = ASKING[i % ASKING.length];
    const to = pick(
      random,
      ASKED.filter((s) => s !== from),
    );
    const asker = await ctx.actor(officerOf(from));
    const answerer = await ctx.actor(officerOf(to));
    const daysAgo = Math.floor(((41 - i) / 42) * 360) + 2;
    const createdAt = new Date(now - daysAgo * 86_400_000);
    const allowed = 7 + Math.floor(random() * 21);
    const r = await verifications.create(
      asker,
      {
        toState: to,
        person: pick(random, peopleOf(to)),
        reason: pick(random, REASONS),
        urgency: pick(random, ['routine', 'routine', 'urgent', 'immediate'] as const),
        dueOn: new Date(createdAt.getTime() + allowed * 86_400_000).toISOString().slice(0, 10),
        classification: 'restricted',
      },
      { demo: true, now: createdAt, backdate: true },
    );
    // The last few stay open; one waits for more information; the rest were answered, some after the deadline.
    if (i >= 38) continue;
    const took = Math.max(1, Math.round(allowed * (0.3 + random() * 1.1)));
    const answeredAt = new Date(Math.min(createdAt.getTime() + took * 86_400_000, now - 3_600_000));
    if (i === 37) {
      await verifications.answer(
        answerer,
        r.id,
        { answer: 'more_information_needed', evidence: "Synthetic demo: please send the father's name and the village of birth." },
        { at: answeredAt },
      );
      continue;
    }
    const answer = pick(random, ['confirmed', 'confirmed', 'confirmed', 'not_confirmed', 'cannot_determine'] as const);
    await verifications.answer(
      answerer,
      r.id,
      {
        answer,
        evidence: `Synthetic demo: ${answer === 'confirmed' ? 'civil register entry and national identity record match the photograph' : answer === 'not_confirmed' ? 'no civil register entry matches; the claimed village has no such family' : 'the register of the claimed district was destroyed; no other record'}.`,
      },
      { at: answeredAt },
    );
  }
}
