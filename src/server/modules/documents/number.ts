// Document numbers and issuing states as the check compares them: one spelling for what officers type, scan or paste.
import type { Text } from '../../i18n/text.js';
import { say } from './messages.js';

export const MAX_NUMBER_LENGTH = 24;

/**
 * The comparable form of a document number: Unicode compatibility forms folded (full-width digits from an East Asian
 * keyboard), upper case, and every separator, space and MRZ filler removed. Letters and digits are never exchanged
 * (O for 0): they are different numbers on different documents.
 */
export function normaliseNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–—./\\<_,:;'"]+/g, '');
}

/** Why a normalised number cannot be one, or null. */
export function numberProblem(normalised: string): Text | null {
  if (normalised === '') return say('numberEmpty');
  if (!/^[A-Z0-9]+$/.test(normalised)) return say('numberCharacters');
  if (normalised.length > MAX_NUMBER_LENGTH) return say('numberTooLong', { max: MAX_NUMBER_LENGTH });
  return null;
}

/**
 * Issuing state as ICAO 9303 codes it: three letters (ISO 3166-1 alpha-3, with ICAO's own codes such as D for Germany,
 * UNO, XXA), written with or without the MRZ filler.
 */
export function normaliseIssuingState(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s<]+/g, '');
}

export function issuingStateProblem(normalised: string): Text | null {
  return /^[A-Z]{1,3}$/.test(normalised) ? null : say('issuingState');
}
