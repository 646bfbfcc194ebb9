// The arrangement a verification request or a return relies on: an agreement (the agreements module) in force between the
// two states whose scope covers it. None found is an answer too, shown as such.
import { z } from 'zod';
import { today } from '../../access/subject.js';

/** What each kind of request relies on, in order of preference. */
export const ARRANGEMENT_SCOPES = {
  verification: ['identity_nationality_verification', 'migrant_return', 'victim_return'],
  victim: ['victim_return', 'victim_protection'],
  migrant: ['migrant_return', 'identity_nationality_verification'],
} as const;
export type ArrangementNeed = keyof typeof ARRANGEMENT_SCOPES;

export const arrangementSchema = z
  .object({ agreementId: z.string(), title: z.string(), scope: z.string(), effectiveOn: z.string().nullable(), expiresOn: z.string().nullable() })
  .nullable();
export type Arrangement = z.infer<typeof arrangementSchema>;

/** The agreements service as this module uses it. */
export interface AgreementCheck {
  check(
    a: string,
    b: string,
    category: string,
    date?: string,
  ): Promise<{ covered: boolean; agreement: { id: string; title: string; effectiveOn: string | null; expiresOn: string | null } | null }>;
}

export async function arrangementFor(agreements: AgreementCheck, a: string, b: string, need: ArrangementNeed, date: string = today()): Promise<Arrangement> {
  for (const scope of ARRANGEMENT_SCOPES[need]) {
    const { agreement } = await agreements.check(a, b, scope, date);
    if (agreement) return { agreementId: agreement.id, title: agreement.title, scope, effectiveOn: agreement.effectiveOn, expiresOn: agreement.expiresOn };
  }
  return null;
}
