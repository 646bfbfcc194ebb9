// Demo (synthetic, labelled demo): five states' lists of lost, stolen, revoked, fraudulent and counterfeit documents
// (seeded random numbers that belong to no one), MYS keeping its list as keyed hashes only, and a few checks so that each
// state sees who checked its records. The demo regional key lives in the data folder when PORTAL_DOCUMENT_KEY is unset.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pick, seededRandom } from '../../seeded-random.js';
import type { DemoContext } from '../module.js';
import type { DocumentInput } from './schemas.js';

/** Documents the browser walk and the demo guide name: a landing's manifest hits these. */
export const DEMO_KNOWN_DOCUMENTS = [
  {
    keeper: 'officer.lka@demo.example',
    number: 'N4821937',
    issuingState: 'LKA',
    type: 'passport',
    status: 'stolen',
    notes: 'Synthetic demo record: reported stolen in Colombo.',
  },
  {
    keeper: 'officer.aus@demo.example',
    number: 'PA7712055',
    issuingState: 'AUS',
    type: 'passport',
    status: 'counterfeit',
    notes: 'Synthetic demo record: counterfeit data page seized at Darwin.',
  },
  { keeper: 'officer.mys@demo.example', number: 'A51234567', issuingState: 'MYS', type: 'passport', status: 'lost', notes: 'Synthetic demo record.' },
] as const;

const KEEPERS: [string, string, string][] = [
  ['officer.idn@demo.example', 'IDN', 'B'],
  ['officer.aus@demo.example', 'AUS', 'PA'],
  ['officer.mys@demo.example', 'MYS', 'A'],
  ['officer.lka@demo.example', 'LKA', 'N'],
  ['officer.pak@demo.example', 'PAK', 'AB'],
];
const STATUSES = ['lost', 'lost', 'lost', 'stolen', 'stolen', 'revoked', 'fraudulent', 'counterfeit'] as const;
const TYPES = ['passport', 'passport', 'passport', 'identity_card', 'visa', 'travel_document'] as const;

/** The regional key for a demo portal: PORTAL_DOCUMENT_KEY when set, else one kept (0600) in the data folder. */
export function demoDocumentKey(dataDir: string): string {
  const file = path.join(dataDir, 'demo-document-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function documentsDemo(ctx: DemoContext): Promise<void> {
  const random = seededRandom(20_260_812);
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  for (const [email, state, prefix] of KEEPERS) {
    const actor = await ctx.actor(email);
    const seen = new Set<string>();
    const documents: DocumentInput[] = [];
    while (documents.length < 400) {
      const number = `${prefix}${String(Math.floor(random() * 10 ** (9 - prefix.length))).padStart(9 - prefix.length, '0')}`;
      if (seen.has(number)) continue;
      seen.add(number);
      const issuedDaysAgo = 200 + Math.floor(random() * 3000);
      documents.push({
        number,
        issuingState: random() < 0.9 ? state : pick(random, ['IDN', 'MYS', 'LKA', 'PAK', 'AFG', 'IRN', 'MMR']),
        type: pick(random, TYPES),
        status: pick(random, STATUSES),
        issuedOn: day(issuedDaysAgo),
        expiresOn: day(issuedDaysAgo - 3650),
        reportedOn: day(Math.floor(random() * 700)),
        notes: 'Synthetic demo record.',
      });
    }
    for (const known of DEMO_KNOWN_DOCUMENTS.filter((k) => k.keeper === email))
      documents.push({
        number: known.number,
        issuingState: known.issuingState,
        type: known.type,
        status: known.status,
        notes: known.notes,
        reportedOn: day(40),
      });
    await ctx.services.documents.importMany(actor, documents, { demo: true });
  }
  // Malaysia keeps its list as keyed hashes: the portal holds none of its numbers, yet its records still answer checks.
  if (ctx.services.documents.key) await ctx.services.documents.setMode(await ctx.actor('focal.mys@demo.example'), 'hashed');
  const aus = await ctx.actor('officer.aus@demo.example');
  await ctx.services.documents.check(aus, {
    documents: [
      { number: 'N4821937', issuingState: 'LKA' },
      { number: 'X1234567', issuingState: 'IDN' },
    ],
  });
  const idn = await ctx.actor('officer.idn@demo.example');
  await ctx.services.documents.check(idn, { text: 'PA7712055, AUS, passport\nA51234567, MYS' });
}
