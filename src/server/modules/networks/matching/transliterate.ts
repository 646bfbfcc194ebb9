// Names in any script to lowercase Latin words, one transliteration per script, the way each script's names are spelled in Latin records.
//
// Per script, and why:
// - Chinese (Han): `pinyin-pro` (MIT, maintained, surname-aware readings: 曾 zeng, 单 shan as family names); the
//   family name (first character) becomes its own word, the given name one word ("王小明" -> "wang xiaoming").
// - Thai: `@dehoist/romanize-thai` (MPL-2.0, unmodified): it moves the vowels Thai writes before their consonant
//   and supplies the implicit ones ("สมชาย ใจดี" -> "somchai chaidi"); any-ascii leaves "smchay aichdi".
// - Burmese: `romaniseBurmese` (hand-written, see burmese.ts: no package exists).
// - Korean: any-ascii gives Revised Romanisation per syllable; the family name (first syllable) is written the way
//   Koreans write it in passports (김 Kim, 이 Lee, 박 Park), which RR does not (Gim, I, Bak): a table of the common ones.
// - Everything else (Cyrillic, Greek, Arabic and Persian, Devanagari, Khmer, Tamil, Sinhala, Japanese kana,
//   Vietnamese diacritics): `any-ascii` (ISC), whose tables follow the usual romanisation of each script; abjads and
//   abugidas then compare on consonant skeletons (see name-similarity.ts) because vowels are left implicit there.

import romanizeThai from '@dehoist/romanize-thai';
import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { romaniseBurmese } from './burmese';

/** How a name was written, which decides how much of its Latin spelling can be trusted. */
export type ScriptFamily = 'latin' | 'alphabet' | 'abjad' | 'abugida' | 'thai' | 'burmese' | 'hangul' | 'kana' | 'han';

const abjad = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const abugida =
  /[\p{Script=Tamil}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Tibetan}]/u;
const hangul = /\p{Script=Hangul}/u;
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const han = /\p{Script=Han}/u;
const otherLetter = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function detectScript(text: string): ScriptFamily {
  if (abjad.test(text)) return 'abjad';
  if (/[\u1000-\u109f]/.test(text)) return 'burmese';
  if (/[\u0e00-\u0e7f]/.test(text)) return 'thai';
  if (abugida.test(text)) return 'abugida';
  if (hangul.test(text)) return 'hangul';
  if (kana.test(text)) return 'kana';
  if (han.test(text)) return 'han';
  return otherLetter.test(text) ? 'alphabet' : 'latin';
}

// The Arabic article is written joined to the word ("الرحمن"); Latin records write it apart or drop it.
const arabicArticle = /(^|[\s-])ال(?=\p{Script=Arabic}{2,})/gu;

/** Korean family names as their bearers write them in Latin (Revised Romanisation would give Gim, I, Bak...). */
const koreanSurnames: Readonly<Record<string, string>> = {
  김: 'kim',
  이: 'lee',
  리: 'lee',
  박: 'park',
  최: 'choi',
  정: 'jung',
  강: 'kang',
  조: 'cho',
  윤: 'yoon',
  장: 'jang',
  임: 'lim',
  림: 'lim',
  한: 'han',
  오: 'oh',
  서: 'seo',
  신: 'shin',
  권: 'kwon',
  황: 'hwang',
  안: 'ahn',
  송: 'song',
  류: 'ryu',
  유: 'yoo',
  홍: 'hong',
  전: 'jeon',
  고: 'ko',
  문: 'moon',
  양: 'yang',
  손: 'son',
  배: 'bae',
  백: 'baek',
  허: 'heo',
  노: 'noh',
  남: 'nam',
  하: 'ha',
  곽: 'kwak',
  성: 'sung',
  차: 'cha',
  주: 'joo',
  우: 'woo',
  민: 'min',
  진: 'jin',
  나: 'na',
  구: 'koo',
  변: 'byun',
  엄: 'eom',
  원: 'won',
  천: 'cheon',
  방: 'bang',
  공: 'kong',
  현: 'hyun',
};

function hangulName(run: string): string {
  // A Korean name written without spaces: family name (first syllable) and given name (the rest, one word).
  if (run.length >= 2 && run.length <= 4 && /^[\uac00-\ud7a3]+$/.test(run)) {
    const family = koreanSurnames[run[0] as string] ?? anyAscii(run[0] as string);
    return ` ${family} ${anyAscii(run.slice(1))} `;
  }
  return ` ${anyAscii(run)} `;
}

function hanName(run: string): string {
  const syllables = pinyin(run, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.replace(/ü|v/g, 'u'));
  if (syllables.length <= 1) return ` ${syllables.join('')} `;
  if (syllables.length <= 4) return ` ${syllables[0]} ${syllables.slice(1).join('')} `;
  return ` ${syllables.join(' ')} `;
}

const hanRun = /\p{Script=Han}+/gu;
const hangulRun = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/gu;
const thaiRun = /[\u0e00-\u0e7f]+/gu;
const myanmarRun = /[\u1000-\u109f]+/gu;

/** Any script to lowercase ASCII Latin, keeping word boundaries. */
export function transliterate(text: string): string {
  let s = text.normalize('NFC');
  if (abjad.test(s)) s = s.replace(arabicArticle, '$1');
  if (han.test(s)) s = s.replace(hanRun, hanName);
  if (/[\uac00-\ud7a3]/.test(s)) s = s.replace(hangulRun, hangulName);
  if (/[\u0e00-\u0e7f]/.test(s)) s = s.replace(thaiRun, (run) => ` ${romanizeThai(run)} `);
  if (/[\u1000-\u109f]/.test(s)) s = s.replace(myanmarRun, (run) => ` ${romaniseBurmese(run)} `);
  // Kana's small tsu doubles the next consonant (コッラ Colla, モック Mock); any-ascii writes it as "tsu" or "t".
  s = s.replace(/[ッっ]/g, '');
  const latin = anyAscii(s).toLowerCase();
  // any-ascii writes the Indic palatal (ச, च) as a bare "c"; Latin records write "ch" or "s", never a hard "c".
  return abugida.test(s) ? latin.replace(/c(?!h)/g, 'ch') : latin;
}
