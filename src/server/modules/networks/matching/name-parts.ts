// Parts of a person's name that records write differently or leave out: titles, particles, patronymics, initials, Muhammad.

/** Titles and honorifics that are not part of the name (English, Arabic and South Asian, Malay, Thai, Burmese). */
const titles = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'madam',
  'dame',
  'rev',
  'fr',
  'hon',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'maj',
  'major',
  'capt',
  'captain',
  'brig',
  'adm',
  'admiral',
  'sgt',
  'cmdr',
  'commander',
  'haji',
  'hajji',
  'hadji',
  'hajj',
  'alhaj',
  'alhaji',
  'hj',
  'mullah',
  'mulla',
  'mollah',
  'maulvi',
  'maulavi',
  'maulawi',
  'mawlawi',
  'moulvi',
  'maulana',
  'mawlana',
  'mufti',
  'qari',
  'imam',
  'sheikh',
  'shaykh',
  'shaikh',
  'sheik',
  'datuk',
  'dato',
  'datin',
  'tan sri',
  'puan',
  'encik',
  'tuan',
  'bapak',
  'ibu',
  'nai',
  'nang',
  'nangsao',
  'khun',
  'daw',
]);

/** Particles between name parts: "bin", "binti", "ibn", "al", "van", "de"... dropped, as many records drop them. */
const particles = new Set([
  'bin',
  'binti',
  'binte',
  'bint',
  'bte',
  'bt',
  'ibn',
  'ben',
  'bn',
  'al',
  'el',
  'ul',
  'ad',
  'ud',
  'ar',
  'as',
  'at',
  'az',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'y',
  // Malaysian "anak lelaki / anak perempuan" (son of / daughter of), written a/l and a/p.
  'al',
  'ap',
  'anak',
]);

/** Spellings of one name that phonetic folding cannot join (different letters, same name). Canonical form second. */
const variants: Readonly<Record<string, string>> = {
  md: 'muhammad',
  mohd: 'muhammad',
  muhd: 'muhammad',
  mhd: 'muhammad',
  mohamed: 'muhammad',
  mohammed: 'muhammad',
  mohammad: 'muhammad',
  mohamad: 'muhammad',
  muhammed: 'muhammad',
  muhamad: 'muhammad',
  mohammod: 'muhammad',
  mohamud: 'muhammad',
  mahomed: 'muhammad',
  mehmet: 'muhammad',
  mehmed: 'muhammad',
  muhammet: 'muhammad',
  mamadou: 'muhammad',
  abdallah: 'abdullah',
  abdulla: 'abdullah',
  abdollah: 'abdullah',
  yi: 'lee',
  rhee: 'lee',
  ri: 'lee',
  gim: 'kim',
  pak: 'park',
  bak: 'park',
  choe: 'choi',
  chwe: 'choi',
  nguyen: 'nguyen',
  ng: 'ng',
};

const abdPrefix = /^abd(?:ul|el|al|ur|ar|ud|us|un|u)?(.{3,})$/;
const patronymic = /(ovich|evich|ovna|evna|ich|ogly|oglu|uly|kyzy|qizi)$/;

export interface NameWord {
  text: string;
  /** A single letter standing for a name ("M. Rahimi"). */
  initial: boolean;
  /** Costs less when missing: a patronymic, or the father's name after "bin". */
  optional: boolean;
}

/** Thai and Burmese courtesy titles written in their own script, before transliteration. */
export function stripScriptTitles(name: string): string {
  return name.replace(/^\s*(นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)\s*/u, '').replace(/^\s*(ဦး|ဒေါ်)(?=\s*[\u1000-\u1021].*[\u1000-\u1021].*[\u1000-\u1021])/u, '');
}

/** Lowercase Latin words of a person's name, titles and particles dropped, "abd al X" joined, variants canonical. */
export function nameWords(latin: string): NameWord[] {
  const raw = latin
    .replace(/['`\u02bb\u02bc]/g, '')
    .split(/[\s,.;:/()"]+/)
    .filter(Boolean);
  const words: NameWord[] = [];
  let afterBin = false;
  for (const piece of raw) {
    const parts = piece
      .split('-')
      .map((p) => p.replace(/[^a-z]/g, ''))
      .filter(Boolean);
    const kept = parts.filter((p, i) => !(i < parts.length - 1 && particles.has(p)));
    const word = kept.join('');
    if (!word) continue;
    if (particles.has(word)) {
      afterBin = word === 'bin' || word === 'binti' || word === 'binte' || word === 'bint' || word === 'ibn' || word === 'bte' || word === 'bt';
      continue;
    }
    if (titles.has(word) && raw.length >= 2 && words.length === 0) continue;
    words.push({ text: variants[word] ?? word, initial: word.length === 1, optional: afterBin || patronymic.test(word) });
    afterBin = false;
  }
  const joined: NameWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as NameWord;
    const next = words[i + 1];
    if ((w.text === 'abd' || w.text === 'bd' || /^abd(ul|el|al|ur|u)$/.test(w.text)) && next) {
      joined.push({ text: `abd${next.text}`, initial: false, optional: w.optional });
      i++;
      continue;
    }
    const prefixed = abdPrefix.exec(w.text);
    joined.push(prefixed && w.text !== 'abdullah' ? { ...w, text: `abd${prefixed[1]}` } : w);
  }
  return joined;
}

/** Name tokens so common that sharing one says little ("Muhammad", "Kim", "Aung"): they weigh half. */
export const commonNameTokens = new Set([
  'muhammad',
  'ahmad',
  'ahmed',
  'ali',
  'hassan',
  'hussein',
  'husain',
  'abdullah',
  'khan',
  'shah',
  'singh',
  'kaur',
  'kumar',
  'kim',
  'lee',
  'park',
  'choi',
  'jung',
  'nguyen',
  'tran',
  'le',
  'pham',
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'aung',
  'kyaw',
  'win',
  'myint',
  'maung',
  'tun',
  'soe',
  'htun',
  'oo',
  'thein',
  'min',
  'zaw',
  'naing',
  'hla',
  'khin',
  'siti',
  'nur',
  'noor',
  'putra',
  'putri',
  'dewi',
  'sri',
  'tan',
  'lim',
  'wong',
  'ng',
]);
