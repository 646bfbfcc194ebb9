// Fills the model MOU (data/model-mou.md) for two or more states from the portal's data: names, focal points, scope, dates.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../members/reference.js';
import { scopeLabel } from './scope.js';

export interface MouParty {
  code: string;
  name: string;
  focalPoint: { name: string; position: string; agency: string; secureChannel: string | null; email: string | null } | null;
  signatoryName?: string;
  signatoryTitle?: string;
}

export interface MouFacts {
  parties: MouParty[];
  scope: string[];
  effectiveOn: string | null;
  years: number | null;
  place: string | null;
}

export const MOU_NOTICE =
  'TEMPLATE drafted for Bali Portal from seeds 003 and 004. NOT an endorsed Bali Process text; have it reviewed by your legal advisers.';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function durationInWords(years: number): string {
  const word = NUMBERS[years] ?? String(years);
  return `${word} (${years}) year${years === 1 ? '' : 's'}`;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The text between the mou:begin and mou:end markers; nothing outside them is ever part of a filled MOU. */
export function mouTemplate(): string {
  const text = fs.readFileSync(path.join(dataDir(), 'model-mou.md'), 'utf8');
  const begin = text.indexOf('<!-- mou:begin -->');
  const end = text.indexOf('<!-- mou:end -->');
  if (begin < 0 || end < begin) throw new Error('data/model-mou.md has no mou:begin/mou:end markers');
  return text.slice(begin + '<!-- mou:begin -->'.length, end).trim();
}

export function fillMou(facts: MouFacts): string {
  const government = (p: MouParty) => `the Government of ${p.name}`;
  const values: Record<string, string> = {
    parties: listInWords(facts.parties.map(government)),
    focal_points: facts.parties
      .map((p) => {
        const f = p.focalPoint;
        if (!f) return `- **${p.name}**: to be designated (no intelligence exchange contact point in the directory)`;
        const role = [f.position, f.name].filter(Boolean).join(', ');
        const channel = f.secureChannel ?? f.email;
        return `- **${p.name}**: ${[f.agency, role, channel ? `secure channel: ${channel}` : ''].filter(Boolean).join('; ')}`;
      })
      .join('\n'),
    scope_categories: facts.scope.map((s) => `- ${scopeLabel(s)}`).join('\n'),
    effective_date: facts.effectiveOn ? dateInWords(facts.effectiveOn) : '[date to be agreed]',
    duration: facts.years ? durationInWords(facts.years) : '[period to be agreed]',
    place_of_signature: facts.place || '[place to be agreed]',
    signature_blocks: facts.parties
      .map((p) => [`For ${government(p)}:`, '', '______________________________', p.signatoryName || '[name]', p.signatoryTitle || '[title]'].join('\n\n'))
      .join('\n\n'),
  };
  const filled = mouTemplate().replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  return `> ${MOU_NOTICE}\n\n${filled}\n`;
}
