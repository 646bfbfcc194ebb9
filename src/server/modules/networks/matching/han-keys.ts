// Sound keys shared by a foreign name written in Chinese characters and its Latin spelling, for blocking only.
//
// Chinese writes a foreign name one syllable per character with its own consonants (巴基爾 ba-ji-er / Bakir,
// 克里斯托弗 ke-li-si-tuo-fu / Christoffer): j, q and x stand for k, g, ch, s and sh alike, l for l and r, a syllable
// ending in n or ng for a following n or m, and an r or l before a consonant or at the end of a word is dropped or
// written as a syllable of its own (爾 er). The key reads both sides in five coarse classes of consonant
// (B labial stops, F f/v/w, T d/t, K velars and sibilants, L l/r, N m/n), drops what Chinese drops, and keeps the
// first three classes: coarse enough that a transcription and the name agree, so it only ever pairs a Han-written
// name with a name in another script (see the 'script' pair rule in blocking-keys.ts).
import { pinyin } from 'pinyin-pro';
import type { NameToken } from './normalise';

const KEY_LENGTH = 3;

/** Latin consonant letters of a folded key (normalise.ts phoneticKey: c is ch, x is sh) to the coarse classes. */
const latinClass: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  v: 'F',
  w: 'F',
  d: 'T',
  t: 'T',
  c: 'K',
  g: 'K',
  j: 'K',
  k: 'K',
  q: 'K',
  s: 'K',
  x: 'K',
  z: 'K',
  l: 'L',
  r: 'L',
  m: 'N',
  n: 'N',
};

const isVowel = (ch: string | undefined) => ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';

function push(classes: string[], c: string): void {
  if (c && classes[classes.length - 1] !== c) classes.push(c);
}

/** The key of a Latin (or any non-Han) name word, from its folded spelling. */
export function latinSoundKey(token: NameToken): string {
  if (token.initial) return '';
  const key = token.key;
  const classes: string[] = [];
  for (let i = 0; i < key.length; i++) {
    const ch = key[i] as string;
    const next = key[i + 1];
    const c = latinClass[ch];
    if (!c) continue;
    // Chinese writes no r or l before a consonant or at the end of a word (Bernard 伯納德, Carl 卡尔 with 尔 dropped).
    if (c === 'L' && i > 0 && !isVowel(next) && next !== 'y') continue;
    // w before a consonant is a vowel; ng closing a syllable is a nasal vowel (Laing 萊恩).
    if (ch === 'w' && !isVowel(next)) continue;
    if (ch === 'g' && key[i - 1] === 'n' && !isVowel(next)) continue;
    // ts, tz: one affricate (Seretse 塞雷茨, Markowitz 馬科維茨).
    if (ch === 't' && (next === 's' || next === 'z')) {
      push(classes, 'K');
      i++;
      continue;
    }
    push(classes, c);
  }
  return classes.slice(0, KEY_LENGTH).join('');
}

const initials = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
const hanInitialClass: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  w: 'F',
  d: 'T',
  t: 'T',
  g: 'K',
  k: 'K',
  j: 'K',
  q: 'K',
  x: 'K',
  z: 'K',
  c: 'K',
  s: 'K',
  zh: 'K',
  ch: 'K',
  sh: 'K',
  // 日 ri writes the French j and the Russian zh (勃列日涅夫 Brezhnev).
  r: 'K',
  l: 'L',
  m: 'N',
  n: 'N',
};

/** The key of a run of Chinese characters read as the transcription of a foreign name. */
export function hanSoundKey(run: string): string {
  const classes: string[] = [];
  for (const syllable of pinyin(run, { toneType: 'none', type: 'array' })) {
    const s = syllable.replace(/ü|v/g, 'u');
    // 尔 / 爾 writes an r or l that closes a syllable, which the Latin key drops too.
    if (s === 'er') continue;
    const [, initial = '', final = ''] = initials.exec(s) ?? [];
    // wu and weng are vowels (普布利乌斯 Publius, 麥基翁 McKeon); wa, wei, wen write v and w.
    const glide = initial === 'w' && (final.startsWith('u') || final === 'eng' || final === 'ong');
    if (!glide) push(classes, hanInitialClass[initial] ?? '');
    if (final.endsWith('n') || final.endsWith('ng')) push(classes, 'N');
  }
  return classes.slice(0, KEY_LENGTH).join('');
}

const transcriptionCharacters = /[斯克特德尔爾夫姆茨兹茲維维拉娜妮瓦伊埃奥烏乌森頓顿諾诺羅罗]/u;
const separators = /[·・•‧\s]+/u;
// The commonest Chinese family names (simplified and traditional): a two- or three-character run starting with one
// is a Chinese person's own name, which cross-matching already blocks by its pinyin; only transcriptions get the key.
const chineseFamilyNames = new Set(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯'.split(
    '',
  ),
);

/** Runs of a Han-written name that read as the transcription of a foreign name, each a key; none for a Chinese name. */
export function hanTranscriptionKeys(original: string): string[] {
  const runs = original.split(separators).filter((run) => /\p{Script=Han}/u.test(run));
  const dotted = runs.length > 1 && /[·・•‧]/u.test(original);
  const keys: string[] = [];
  for (const run of runs) {
    const chinese = !dotted && run.length <= 3 && chineseFamilyNames.has(run[0] as string) && !transcriptionCharacters.test(run);
    if (chinese) continue;
    // One class alone (伊迪 Edie: T) would pair the name with a fifth of all names.
    const key = hanSoundKey(run);
    if (key.length >= 2) keys.push(key);
  }
  return keys;
}
