// Demo (synthetic, labelled demo): a year of verification requests between the demo states, most answered (some late),
// a few open, one waiting for more information, so that lists, threads and the time-to-answer dashboard have something
// to show. Every person is invented; names are written in their own scripts.

import { pick, seededRandom } from '../../seeded-random.js';
import type { DemoContext } from '../module.js';
import type { PersonInput } from './schemas.js';

const PEOPLE: Record<string, PersonInput[]> = {
  LKA: [
    {
      names: [
        { name: 'නිමල් පෙරේරා', kind: 'primary' },
        { name: 'Nimal Perera', kind: 'alias' },
      ],
      birthDate: '1991-03-14',
      birthPlace: 'Negombo',
      sex: 'male',
    },
    {
      names: [
        { name: 'சிவகுமார் ராஜா', kind: 'primary' },
        { name: 'Sivakumar Raja', kind: 'alias' },
      ],
      birthDate: '1987',
      birthPlace: 'Jaffna',
      sex: 'male',
    },
    { names: [{ name: 'කුමාරි සිල්වා', kind: 'primary' }], birthDate: '1998-11', birthPlace: 'Chilaw', sex: 'female' },
  ],
  PAK: [
    {
      names: [
        { name: 'محمد عمران', kind: 'primary' },
        { name: 'Muhammad Imran', kind: 'alias' },
      ],
      birthDate: '1993-06-02',
      birthPlace: 'Gujranwala',
      sex: 'male',
    },
    {
      names: [
        { name: 'عائشہ بی بی', kind: 'primary' },
        { name: 'Ayesha Bibi', kind: 'alias' },
      ],
      birthDate: '2000',
      birthPlace: 'Quetta',
      sex: 'female',
    },
  ],
  MYS: [
    {
      names: [
        { name: 'Ahmad bin Yusof', kind: 'primary' },
        { name: 'احمد بن يوسف', kind: 'alias' },
      ],
      birthDate: '1989-09-21',
      birthPlace: 'Kota Bharu',
      sex: 'male',
    },
  ],
  IDN: [
    { names: [{ name: 'Siti Rahmawati', kind: 'primary' }], birthDate: '1995-01-30', birthPlace: 'Kupang', sex: 'female' },
    { names: [{ name: 'Yohanes Lado', kind: 'primary' }], birthDate: '1984', birthPlace: 'Rote', sex: 'male' },
  ],
};
const ASKERS = ['officer.idn@demo.example', 'officer.aus@demo.example', 'officer.mys@demo.example'];
const ANSWERER: Record<string, string> = {
  LKA: 'officer.lka@demo.example',
  PAK: 'officer.pak@demo.example',
  MYS: 'officer.mys@demo.example',
  IDN: 'officer.idn@demo.example',
};
const STATE_OF: Record<string, string> = { 'officer.idn@demo.example': 'IDN', 'officer.aus@demo.example': 'AUS', 'officer.mys@demo.example': 'MYS' };
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
    const askerEmail = ASKERS[i % ASKERS.length];
    const from = STATE_OF[askerEmail];
    const to = pick(
      random,
      Object.keys(PEOPLE).filter((s) => s !== from),
    );
    const asker = await ctx.actor(askerEmail);
    const answerer = await ctx.actor(ANSWERER[to]);
    const daysAgo = Math.floor(((41 - i) / 42) * 360) + 2;
    const createdAt = new Date(now - daysAgo * 86_400_000);
    const allowed = 7 + Math.floor(random() * 21);
    const r = await verifications.create(
      asker,
      {
        toState: to,
        person: pick(random, PEOPLE[to]),
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
