// Working-group access: who may read a group's material, take part in its meetings, and see who spoke under Chatham House.
import { clearanceRank, effectiveClearance, type Clearance, type Subject } from './subject.js';

export interface GroupFacts {
  code: string;
  memberStates: string[];
  /** Participants and readers of the material must hold a clearance in force at least this high (seed 004: disruption group). */
  requiredClearance: Clearance;
}

/** Meets the group's clearance rule today (an expired clearance counts as none). */
export function meetsClearanceRule(person: { clearance: Clearance; clearanceExpires: string | null }, group: GroupFacts, now: Date = new Date()): boolean {
  return clearanceRank(effectiveClearance(person, now)) >= clearanceRank(group.requiredClearance);
}

/**
 * A group's restricted material (meeting agendas, notes, documents, decisions, actions, reports): users of member states
 * and the secretariat that supports the group, and invited participants of a meeting, always under the clearance rule.
 */
export function canReadGroupMaterial(subject: Subject, group: GroupFacts, opts: { invitedToMeeting?: boolean } = {}, now: Date = new Date()): boolean {
  if (!meetsClearanceRule(subject, group, now)) return false;
  if (subject.memberStatus === 'secretariat') return true;
  if (subject.state && group.memberStates.includes(subject.state)) return true;
  return opts.invitedToMeeting === true;
}

/** Why a person may not take part in a meeting of this group, or null when they may. */
export function participationRefusal(
  person: { state: string | null; clearance: Clearance; clearanceExpires: string | null; secretariat: boolean },
  group: GroupFacts,
  invited: boolean,
  now: Date = new Date(),
): string | null {
  if (!meetsClearanceRule(person, group, now))
    return `participants of this group must hold a national security clearance in force (${group.requiredClearance} or above)`;
  if (person.secretariat || invited) return null;
  if (!person.state || !group.memberStates.includes(person.state)) return `${person.state ?? 'this account'} is not a member of the group; invite them instead`;
  return null;
}

/**
 * Chatham House: "neither the identity nor affiliation of the speaker(s), nor that of any other participant, may be revealed".
 * Only people who attended the meeting see speakers and the participant list.
 */
export function seesChathamHouseIdentities(subject: Subject, meeting: { chathamHouse: boolean }, attendedBySubject: boolean): boolean {
  return !meeting.chathamHouse || attendedBySubject;
}

/** Co-chair states lead the group (meetings, statements); the secretariat supports them administratively. */
export function leadsGroup(subject: Subject, currentCoChairs: string[]): boolean {
  if (subject.memberStatus === 'secretariat') return subject.roles.includes('admin') || subject.roles.includes('coordinator');
  return subject.state !== null && currentCoChairs.includes(subject.state);
}
