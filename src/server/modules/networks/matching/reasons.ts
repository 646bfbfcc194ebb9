// Why a pair scored as it did: reason codes with parameters that the app translates (en, id, th), and an English text.

export const reasonCodes = [
  'name.same',
  'name.transliterated',
  'name.variant',
  'name.partial',
  'name.differs',
  'legalForm.same',
  'legalForm.differs',
  'document.same',
  'document.differs',
  'phone.same',
  'birthDate.same',
  'birthDate.swapped',
  'birthDate.sameYear',
  'birthDate.sameYearDifferentDay',
  'birthDate.differs',
  'nationality.same',
  'nationality.differs',
  'flag.same',
  'flag.differs',
  'schema.incompatible',
] as const;

export type ReasonCode = (typeof reasonCodes)[number];

export interface MatchReason {
  code: ReasonCode;
  /** The evidence's log-odds contribution: positive for "same", negative for "different". */
  weight: number;
  params: Record<string, string | number>;
  /** The same reason in English, for logs and API clients that do not translate. */
  text: string;
}

const english: Record<ReasonCode, (p: Record<string, string | number>) => string> = {
  'name.same': (p) => `same name ${p.a}`,
  'name.transliterated': (p) => `names match after transliteration: ${p.a} ~ ${p.b} (${p.similarity})`,
  'name.variant': (p) => `names match as spelling variants: ${p.a} ~ ${p.b} (${p.similarity})`,
  'name.partial': (p) => `names match in part (${p.missing} name ${p.missing === 1 ? 'part' : 'parts'} missing on one side): ${p.a} ~ ${p.b} (${p.similarity})`,
  'name.differs': (p) => `names differ: ${p.a} / ${p.b} (${p.similarity})`,
  'legalForm.same': (p) => `same kind of legal form (${p.family})`,
  'legalForm.differs': (p) => `different legal forms (${p.a} / ${p.b})`,
  'document.same': (p) => `same ${p.type} number ${p.number}`,
  'document.differs': (p) => `different ${p.type} numbers`,
  'phone.same': (p) => `same phone number ${p.number}`,
  'birthDate.same': (p) => `same date of birth ${p.date}`,
  'birthDate.swapped': (p) => `date of birth with day and month swapped ${p.a} / ${p.b}`,
  'birthDate.sameYear': (p) => `same birth year ${p.year}`,
  'birthDate.sameYearDifferentDay': (p) => `same birth year, different dates ${p.a} / ${p.b}`,
  'birthDate.differs': (p) => `different dates of birth ${p.a} / ${p.b}`,
  'nationality.same': (p) => `same nationality ${p.country}`,
  'nationality.differs': (p) => `different nationality ${p.a} / ${p.b}`,
  'flag.same': (p) => `same flag ${p.country}`,
  'flag.differs': (p) => `different flag ${p.a} / ${p.b}`,
  'schema.incompatible': (p) => `different kinds of record (${p.a} / ${p.b})`,
};

export function reason(code: ReasonCode, weight: number, params: Record<string, string | number> = {}): MatchReason {
  return { code, weight: Math.round(weight * 100) / 100, params, text: english[code](params) };
}
