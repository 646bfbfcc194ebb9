// Capacity-building access: who records a state's needs, an organisation's or state's offers, and the assistance agreed.
import { allows, Permission } from './permissions.js';
import type { Subject } from './subject.js';

/** A state's focal point and policy officers record and update its needs. */
export function keepsNeedsOf(subject: Subject, state: string): boolean {
  return subject.state === state && allows(subject, Permission.CapacityNeedsKeep);
}

/** Offers are recorded for a member (state or organisation) by its focal point, policy officers or coordinators. */
export function keepsOffersOf(subject: Subject, provider: string): boolean {
  return subject.state === provider && allows(subject, Permission.CapacityOffersKeep);
}

/** Agreed assistance is recorded and tracked by either side: the state in need, or the provider of the offer. */
export function partyToAssistance(subject: Subject, needState: string, provider: string): boolean {
  return keepsNeedsOf(subject, needState) || keepsOffersOf(subject, provider);
}

/** What the actor may do with a need, an offer and agreed assistance, sent with each as `can`. */
export function needAbilities(subject: Subject, state: string) {
  return { edit: keepsNeedsOf(subject, state) };
}

export function offerAbilities(subject: Subject, provider: string) {
  return { edit: keepsOffersOf(subject, provider) };
}

export function assistanceAbilities(subject: Subject, needState: string, provider: string) {
  return { progress: partyToAssistance(subject, needState, provider) };
}
