// Burmese (Myanmar script) names to the Latin spellings Myanmar itself uses in passports and lists ("အောင်ကျော်" -> "aung kyaw").
//
// Hand-written because no maintained npm package romanises Burmese (the registry has none; any-ascii spells
// letter by letter, "'eankyea", which no record from Myanmar ever writes). Burmese names are sequences of
// syllables, each written as one Latin word, and the conventional spellings follow the syllable's rhyme
// (vowel + final), so a table of onsets, medials and rhymes reproduces them. Input must be Unicode, not Zawgyi.

const onsets: Readonly<Record<string, string>> = {
  က: 'k',
  ခ: 'kh',
  ဂ: 'g',
  ဃ: 'g',
  င: 'ng',
  စ: 's',
  ဆ: 's',
  ဇ: 'z',
  ဈ: 'z',
  ည: 'ny',
  ဉ: 'ny',
  ဋ: 't',
  ဌ: 'ht',
  ဍ: 'd',
  ဎ: 'd',
  ဏ: 'n',
  တ: 't',
  ထ: 'ht',
  ဒ: 'd',
  ဓ: 'd',
  န: 'n',
  ပ: 'p',
  ဖ: 'ph',
  ဗ: 'b',
  ဘ: 'b',
  မ: 'm',
  ယ: 'y',
  ရ: 'y',
  လ: 'l',
  ဝ: 'w',
  သ: 'th',
  ဟ: 'h',
  ဠ: 'l',
  အ: '',
};
const independentVowels: Readonly<Record<string, string>> = { ဣ: 'i', ဤ: 'i', ဥ: 'u', ဦ: 'oo', ဧ: 'e', ဩ: 'aw', ဪ: 'aw' };
/** A consonant with the medial ya/ra: "ky", "ch", "my"... */
const withY: Readonly<Record<string, string>> = { ng: 'ny', k: 'ky', kh: 'ch', g: 'gy', p: 'py', ph: 'phy', b: 'by', m: 'my', l: 'ly' };
/** A consonant with the medial ha (voiceless): "hl", "hm", "sh"... */
const withH: Readonly<Record<string, string>> = { l: 'hl', m: 'hm', n: 'hn', ny: 'hny', ng: 'hng', w: 'hw', y: 'sh' };
const finalClass: Readonly<Record<string, string>> = {
  က: 'k',
  ဂ: 'k',
  င: 'ng',
  စ: 'c',
  ဇ: 'c',
  ည: 'ny',
  ဉ: 'ny',
  ဋ: 't',
  ဍ: 't',
  ဏ: 'n',
  တ: 't',
  ဒ: 't',
  န: 'n',
  ပ: 'p',
  ဗ: 'p',
  ဘ: 'p',
  မ: 'm',
  ယ: 'y',
  လ: 'n',
};

/** Rhyme spellings by vowel signature, then by final class ('' = open syllable). */
const rhymes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '': { '': 'a', k: 'et', ng: 'in', c: 'it', ny: 'i', t: 'at', n: 'an', p: 'at', m: 'an', y: 'e' },
  aa: { '': 'ar', k: 'et', ng: 'in', t: 'at', n: 'an', p: 'at', m: 'an' },
  i: { '': 'i', k: 'eik', t: 'eik', n: 'ein', p: 'eik', m: 'ein' },
  u: { '': 'u', k: 'ok', t: 'oke', n: 'on', p: 'oke', m: 'one' },
  e: { '': 'ay' },
  ai: { '': 'e' },
  aw: { '': 'aw', k: 'auk', ng: 'aung' },
  o: { '': 'o', k: 'aik', ng: 'aing' },
  w: { '': 'wa', k: 'wet', ng: 'win', t: 'ut', n: 'un', p: 'ut', m: 'un', y: 'we' },
};

const consonant = /[\u1000-\u1021]/;
const asat = '\u103a';
const virama = '\u1039';

interface Syllable {
  onset: string;
  y: boolean;
  h: boolean;
  w: boolean;
  vowels: Set<string>;
  final: string;
  /** The creaky tone (dot below) that Latin spellings write as a closing t: "မြင့်" myint, "ခန့်" khant. */
  creaky: boolean;
  independent: string;
}

function spell(s: Syllable): string {
  if (s.independent) return s.independent + (s.final ? (rhymes[''][s.final] ?? '').replace(/^[aeiou]+/, '') : '');
  let onset = onsets[s.onset] ?? '';
  if (s.y) onset = withY[onset] ?? `${onset}y`;
  if (s.h) onset = withH[onset] ?? `h${onset}`;
  const v = s.vowels;
  const signature =
    v.has('\u1031') && (v.has('\u102c') || v.has('\u102b'))
      ? 'aw'
      : v.has('\u102d') && v.has('\u102f')
        ? 'o'
        : v.has('\u1031')
          ? 'e'
          : v.has('\u1032')
            ? 'ai'
            : v.has('\u102d') || v.has('\u102e')
              ? 'i'
              : v.has('\u102f') || v.has('\u1030')
                ? 'u'
                : v.has('\u102c') || v.has('\u102b')
                  ? 'aa'
                  : s.w
                    ? 'w'
                    : '';
  const table = rhymes[signature] ?? rhymes[''];
  let rhyme = table?.[s.final] ?? rhymes['']?.[s.final] ?? 'a';
  if (!onset && rhyme === 'ay') rhyme = 'aye'; // "အေး" is written Aye
  if (s.creaky && /n$/.test(rhyme) && !rhyme.endsWith('ng')) rhyme += 't';
  // "ထွန်း" is written Tun, not Htun, in most Latin records.
  if (onset === 'ht' && signature === 'w' && s.final === 'n') onset = 't';
  // A medial wa with a vowel sign keeps its w ("ကွေ" kway); without one it is already in the rhyme ("ထွန်း" tun).
  return onset + (s.w && signature !== 'w' ? 'w' : '') + rhyme;
}

/** One run of Myanmar script to space-separated Latin syllables. */
export function romaniseBurmese(text: string): string {
  const syllables: Syllable[] = [];
  let current: Syllable | null = null;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    if (consonant.test(ch)) {
      // A consonant killed by asat, or stacked under the next by virama, closes the current syllable.
      if (current && (next === asat || next === virama || (next && '\u1037\u1038'.includes(next) && chars[i + 2] === asat))) {
        current.final = finalClass[ch] ?? '';
        if (next === '\u1037') current.creaky = true;
        i += next === asat || next === virama ? 1 : 2;
        continue;
      }
      current = { onset: ch, y: false, h: false, w: false, vowels: new Set(), final: '', creaky: false, independent: '' };
      syllables.push(current);
    } else if (independentVowels[ch] !== undefined) {
      current = { onset: '', y: false, h: false, w: false, vowels: new Set(), final: '', creaky: false, independent: independentVowels[ch] as string };
      syllables.push(current);
    } else if (current) {
      if (ch === '\u103b' || ch === '\u103c') current.y = true;
      else if (ch === '\u103d') current.w = true;
      else if (ch === '\u103e') current.h = true;
      else if (ch >= '\u102b' && ch <= '\u1032') current.vowels.add(ch);
      else if (ch === '\u1036')
        current.final = 'm'; // anusvara: a closing nasal ("ဇံ" zan)
      else if (ch === '\u1037') current.creaky = true;
      else if (!/[\u1036-\u103a]/.test(ch)) current = null; // anything else (space, punctuation) ends the run
    }
  }
  return syllables.map(spell).filter(Boolean).join(' ');
}
