// Organisation names: legal forms recognised in the region's languages and folded to one family, so "PT Maju Jaya" meets "Maju Jaya".

/** What a legal form says about the company, whatever the language it is written in. */
export type LegalFamily = 'limited' | 'joint-stock' | 'partnership' | 'corporation' | 'cooperative' | 'sole';

/**
 * Legal forms as written (lowercase, after transliteration for the script ones), longest first so that
 * "sdn bhd" wins over "bhd". Script forms are matched before transliteration (see `stripScriptLegalForm`).
 */
const latinForms: [string, LegalFamily][] = (
  [
    ['public company limited', 'joint-stock'],
    ['public joint stock company', 'joint-stock'],
    ['joint stock company', 'joint-stock'],
    ['sendirian berhad', 'limited'],
    ['private limited', 'limited'],
    ['company limited', 'limited'],
    ['co ltd', 'limited'],
    ['pte ltd', 'limited'],
    ['pvt ltd', 'limited'],
    ['sdn bhd', 'limited'],
    ['pty ltd', 'limited'],
    ['limited liability company', 'limited'],
    ['sp z oo', 'limited'],
    ['l l c', 'limited'],
    ['fz llc', 'limited'],
    ['fz co', 'limited'],
    ['llc', 'limited'],
    ['ltd', 'limited'],
    ['limited', 'limited'],
    ['ooo', 'limited'],
    ['tov', 'limited'],
    ['gmbh', 'limited'],
    ['sarl', 'limited'],
    ['srl', 'limited'],
    ['bv', 'limited'],
    ['pte', 'limited'],
    ['pvt', 'limited'],
    ['pty', 'limited'],
    ['pt', 'limited'],
    ['fze', 'limited'],
    ['fzco', 'limited'],
    ['fzc', 'limited'],
    ['kk', 'joint-stock'],
    ['yk', 'limited'],
    ['jsc', 'joint-stock'],
    ['pjsc', 'joint-stock'],
    ['ojsc', 'joint-stock'],
    ['cjsc', 'joint-stock'],
    ['ao', 'joint-stock'],
    ['pao', 'joint-stock'],
    ['oao', 'joint-stock'],
    ['zao', 'joint-stock'],
    ['ag', 'joint-stock'],
    ['sa', 'joint-stock'],
    ['spa', 'joint-stock'],
    ['nv', 'joint-stock'],
    ['plc', 'joint-stock'],
    ['tbk', 'joint-stock'],
    ['bhd', 'joint-stock'],
    ['berhad', 'joint-stock'],
    ['pcl', 'joint-stock'],
    ['cv', 'partnership'],
    ['lp', 'partnership'],
    ['llp', 'partnership'],
    ['kg', 'partnership'],
    ['firma', 'partnership'],
    ['inc', 'corporation'],
    ['incorporated', 'corporation'],
    ['corp', 'corporation'],
    ['corporation', 'corporation'],
    ['co', 'corporation'],
    ['company', 'corporation'],
    ['koperasi', 'cooperative'],
    ['cooperative', 'cooperative'],
    ['coop', 'cooperative'],
    ['ud', 'sole'],
  ] as [string, LegalFamily][]
).sort((a, b) => b[0].length - a[0].length);

/** Forms written in their own script, matched on the original name. */
const scriptForms: [RegExp, LegalFamily][] = [
  [/\(?\s*มหาชน\s*\)?/u, 'joint-stock'],
  [/^บริษัท\s*|\s*จำกัด$/gu, 'limited'],
  [/^ห้างหุ้นส่วน(จำกัด|สามัญ)?\s*/u, 'partnership'],
  [/股份有限公司|股份公司|株式会社|주식회사/u, 'joint-stock'],
  [/有限责任公司|有限公司|有限會社|有限会社|유한회사/u, 'limited'],
  [/(^|\s)(ПАО|ОАО|ЗАО|АО|АТ|ПАТ)(\s|$)/u, 'joint-stock'],
  [/(^|\s)(ООО|ТОВ|ТОО)(\s|$)/u, 'limited'],
  [/(^|\s)(ИП)(\s|$)/u, 'sole'],
];

/** Words that say what kind of business, not which one: kept, but weigh little in the comparison. */
export const genericOrganisationWords = new Set([
  'trading',
  'trade',
  'general',
  'international',
  'group',
  'holding',
  'holdings',
  'enterprise',
  'enterprises',
  'services',
  'industries',
  'industry',
  'import',
  'export',
  'investment',
  'investments',
  'shipping',
  'logistics',
  'global',
  'the',
  'and',
  'of',
  'for',
  'bank',
  'exchange',
  'money',
  'travel',
  'agency',
  'establishment',
  'est',
  'firm',
  'organisation',
  'organization',
]);

/** Removes legal forms written in a script; returns the rest and the family found (if any). */
export function stripScriptLegalForm(name: string): { name: string; family: LegalFamily | null } {
  let family: LegalFamily | null = null;
  let rest = name;
  for (const [pattern, f] of scriptForms) {
    if (pattern.test(rest)) {
      if (!family || f === 'joint-stock') family = f;
      rest = rest.replace(pattern, ' ');
    }
  }
  return { name: rest.replace(/\s+/g, ' ').trim(), family };
}

/** Removes legal forms from a transliterated name's words; returns the remaining words and the family found. */
export function stripLegalForm(words: string[]): { words: string[]; family: LegalFamily | null } {
  let family: LegalFamily | null = null;
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (const [form, f] of latinForms) {
      const parts = form.split(' ');
      if (parts.every((p, k) => words[i + k] === p)) {
        // "co" alone between words ("Lim & Co Trading") is still a form; keep the first family seen unless more specific.
        if (!family || family === 'corporation') family = f;
        matched = parts.length;
        break;
      }
    }
    if (matched && words.length - matched > 0) {
      i += matched;
    } else {
      out.push(words[i] as string);
      i++;
    }
  }
  return { words: out.length ? out : words, family };
}
