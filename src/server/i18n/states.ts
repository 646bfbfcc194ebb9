// A member's name in the reader's language: a state's from the Unicode CLDR names every runtime ships with
// (Intl.DisplayNames, by its ISO 3166-1 alpha-2 code from data/members.csv), an organisation's as data/members.csv gives it.
import { readMembersCsv } from '../modules/members/reference.js';
import type { Lang } from './languages.js';
import type { Text } from './text.js';

let members: Map<string, { name: string; iso2: string | null }> | null = null;

function member(code: string) {
  members ??= new Map(readMembersCsv().map((m) => [m.code, { name: m.name, iso2: m.iso2 }]));
  return members.get(code);
}

export function memberName(lang: Lang, code: string): string {
  const m = member(code);
  if (!m) return code;
  if (!m.iso2 || lang === 'en') return m.name;
  return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(m.iso2) ?? m.name;
}

/** A member as a Text parameter: "Indonesia", "Indonesia", "อินโดนีเซีย". */
export function stateName(code: string): Text {
  return { key: 'state', params: { code }, render: (lang) => memberName(lang, code) };
}
