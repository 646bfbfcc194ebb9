// Who is acting: one Actor type for a signed-in user and for the portal itself, passed FIRST to every service method.
// The access rules read its facts (an Actor is a Subject); the audit log reads who it is and where the request came from.
import type { Subject } from './subject.js';

export interface Actor extends Subject {
  /** A signed-in person, or the portal itself (the `portal` CLI, demo seeding, scheduled jobs). */
  kind: 'user' | 'system';
  /** The client address of the request that acts; null for the system and outside HTTP. */
  ip: string | null;
}

/** The system's id in `Actor.userId`: never a row of `users`, so columns that name a user get null (see recordedBy). */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The portal acting on its own behalf (OpenCTI's SYSTEM_USER): the secretariat's administrator powers, no state, no
 * clearance (so it reads no intelligence), and the few system-only allowances that access/ names with isSystem().
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  kind: 'system',
  userId: SYSTEM_USER_ID,
  email: 'system',
  name: 'Bali Portal (system)',
  organisationId: '',
  organisationKind: 'rso',
  state: null,
  memberStatus: 'secretariat',
  roles: Object.freeze(['admin']) as unknown as Actor['roles'],
  clearance: 'none',
  clearanceExpires: null,
  groups: Object.freeze([]) as unknown as string[],
  ip: null,
} satisfies Actor);

/** The actor of a signed-in user's request. */
export function userActor(subject: Subject, ip: string | null): Actor {
  return { ...subject, kind: 'user', ip };
}

export function isSystem(actor: Pick<Actor, 'kind'> | Subject): boolean {
  return (actor as Partial<Actor>).kind === 'system';
}

/** The value for a column naming who recorded something (a user id, or null when the system did). */
export function recordedBy(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.userId;
}
