// Shapes of designations: who answers verification requests and who works referral and return cases, per state.
import { z } from 'zod';
import { DUTIES } from '../../access/identity.js';

export const designationSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  agency: z.string(),
  roles: z.array(z.string()),
  duty: z.enum(DUTIES),
  designatedAt: z.date(),
});
export const candidateSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  agency: z.string(),
  roles: z.array(z.string()),
  designable: z.array(z.enum(DUTIES)),
});
export const designationsResponse = z.object({
  memberCode: z.string(),
  designations: z.array(designationSchema),
  /** For the focal point only: the accounts they may designate. */
  candidates: z.array(candidateSchema),
  mayDesignate: z.boolean(),
  /** The caller's own duties. */
  myDuties: z.array(z.enum(DUTIES)),
});
export const designationBody = z.strictObject({ userId: z.string().uuid(), duty: z.enum(DUTIES) });
export const designationParams = z.strictObject({ userId: z.string().uuid(), duty: z.enum(DUTIES) });
