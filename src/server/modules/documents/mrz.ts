// Machine-readable zones of ICAO Doc 9303: TD1 (identity cards, 3 lines of 30) and TD3 (passports, 2 lines of 44).
// Every check digit is verified and reported field by field: a document whose digits do not add up is itself a finding.
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';
import { normaliseNumber } from './number.js';

export type MrzFormat = 'TD1' | 'TD3';

export interface CheckDigit {
  /** documentNumber, birthDate, expiryDate, optionalData, composite */
  field: string;
  expected: string;
  found: string;
  ok: boolean;
}

export interface ParsedMrz {
  format: MrzFormat;
  /** Document code, e.g. P, PA, I, ID, AC. */
  documentCode: string;
  /** passport, identity_card or visa, from the first letter of the document code. */
  documentType: 'passport' | 'identity_card' | 'visa' | 'other';
  issuingState: string;
  documentNumber: string;
  nationality: string;
  /** YYMMDD as printed ('<' where unknown). */
  birthDate: string;
  sex: string;
  expiryDate: string;
  surname: string;
  givenNames: string;
  checkDigits: CheckDigit[];
  /** True when every check digit matches. */
  valid: boolean;
}

/** Why pasted text is not a machine-readable zone, said in the reader's language (the English stays the message). */
export class MrzError extends Error {
  constructor(readonly text: Text) {
    super(text.render('en'));
  }
}

const WEIGHTS = [7, 3, 1];

function charValue(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 55;
  if (c === '<') return 0;
  throw new MrzError(say('mrzCharacter', { character: c }));
}

/** The ICAO 9303 check digit of a field: weights 7, 3, 1 repeating, letters A-Z as 10-35, the filler as 0, modulo 10. */
export function checkDigit(field: string): string {
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += charValue(field[i]) * WEIGHTS[i % 3];
  return String(sum % 10);
}

function verify(field: string, value: string, found: string): CheckDigit {
  const expected = checkDigit(value);
  // A field left wholly empty may carry the filler as its check digit (ICAO 9303 part 3, 4.9).
  const ok = found === expected || (found === '<' && /^<*$/.test(value));
  return { field, expected, found, ok };
}

const clean = (s: string) => s.replace(/<+$/g, '');
const names = (field: string) => {
  const [surname = '', given = ''] = field.split('<<');
  return { surname: surname.replace(/</g, ' ').trim(), givenNames: given.replace(/</g, ' ').trim() };
};

function typeOf(code: string): ParsedMrz['documentType'] {
  switch (code[0]) {
    case 'P':
      return 'passport';
    case 'I':
    case 'A':
    case 'C':
      return 'identity_card';
    case 'V':
      return 'visa';
    default:
      return 'other';
  }
}

/**
 * Splits pasted text into MRZ lines: one string with line breaks, or the lines run together (90 or 88 characters).
 * Spaces inside a line are scanner noise and dropped; lower case is read as upper case.
 */
export function mrzLines(input: string): string[] {
  const lines = input
    .toUpperCase()
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ''))
    .filter(Boolean);
  if (lines.length === 1) {
    const one = lines[0];
    if (one.length === 90) return [one.slice(0, 30), one.slice(30, 60), one.slice(60)];
    if (one.length === 88) return [one.slice(0, 44), one.slice(44)];
  }
  return lines;
}

function parseTd3(l1: string, l2: string): ParsedMrz {
  const number = l2.slice(0, 9);
  const checks = [
    verify('documentNumber', number, l2[9]),
    verify('birthDate', l2.slice(13, 19), l2[19]),
    verify('expiryDate', l2.slice(21, 27), l2[27]),
    verify('optionalData', l2.slice(28, 42), l2[42]),
    verify('composite', l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), l2[43]),
  ];
  const code = clean(l1.slice(0, 2));
  return {
    format: 'TD3',
    documentCode: code,
    documentType: typeOf(code),
    issuingState: clean(l1.slice(2, 5)),
    documentNumber: normaliseNumber(number),
    nationality: clean(l2.slice(10, 13)),
    birthDate: l2.slice(13, 19),
    sex: l2[20],
    expiryDate: l2.slice(21, 27),
    ...names(l1.slice(5)),
    checkDigits: checks,
    valid: checks.every((c) => c.ok),
  };
}

function parseTd1(l1: string, l2: string, l3: string): ParsedMrz {
  let number = l1.slice(5, 14);
  let numberCheck = verify('documentNumber', number, l1[14]);
  // A number longer than nine characters: the filler stands in the check position and the rest of the number,
  // then its check digit, open the optional data (ICAO 9303 part 5, 4.2.4 note j).
  if (l1[14] === '<' && !/^<*$/.test(number)) {
    const rest = clean(l1.slice(15, 30));
    if (rest.length >= 2) {
      number = number + rest.slice(0, -1);
      numberCheck = verify('documentNumber', number, rest.slice(-1));
    }
  }
  const checks = [
    numberCheck,
    verify('birthDate', l2.slice(0, 6), l2[6]),
    verify('expiryDate', l2.slice(8, 14), l2[14]),
    verify('composite', l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29]),
  ];
  const code = clean(l1.slice(0, 2));
  return {
    format: 'TD1',
    documentCode: code,
    documentType: typeOf(code),
    issuingState: clean(l1.slice(2, 5)),
    documentNumber: normaliseNumber(number),
    nationality: clean(l2.slice(15, 18)),
    birthDate: l2.slice(0, 6),
    sex: l2[7],
    expiryDate: l2.slice(8, 14),
    ...names(l3),
    checkDigits: checks,
    valid: checks.every((c) => c.ok),
  };
}

/** Parses a TD1 or TD3 MRZ; throws MrzError saying what is wrong with its shape (check digits are reported, not thrown). */
export function parseMrz(input: string): ParsedMrz {
  const lines = mrzLines(input);
  for (const [i, l] of lines.entries()) if (!/^[A-Z0-9<]+$/.test(l)) throw new MrzError(say('mrzCharacters', { line: i + 1 }));
  if (lines.length === 2 && lines.every((l) => l.length === 44)) return parseTd3(lines[0], lines[1]);
  if (lines.length === 3 && lines.every((l) => l.length === 30)) return parseTd1(lines[0], lines[1], lines[2]);
  const shape = lines.map((l) => l.length).join(' + ');
  throw new MrzError(say('mrzShape', { count: lines.length, shape: shape || '0' }));
}
