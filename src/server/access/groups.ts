// Working-group access: who may read a group's material, take part in its meetings, and see who spoke under Chatham House.

import { isSystem } from './actor.js';
import { type Clearance, clearanceRank, effectiveClearance, hasRole, type Subject } from './subject.js';

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
  // The system (demo seeding, duties) keeps the record of a group's meetings; it holds no clearance and needs none.
  if (isSystem(subject)) return true;
  if (!meetsClearanceRule(subject, group, now)) return false;
  if (subject.memberStatus === 'secretariat') return true;
  if (subject.state && group.memberStates.includes(subject.state)) return true;
  return opts.invitedToMeeting === true;
}

/** Which rule keeps a person out of a meeting of this group (the service says it in words), or null when they may take part. */
export type ParticipationRefusal =
  | { rule: 'clearance_required'; clearance: GroupFacts['requiredClearance'] }
  | { rule: 'member_state_or_invited'; state: string | null };

export function participationRefusal(
  person: { state: string | null; clearance: Clearance; clearanceExpires: string | null; secretariat: boolean },
  group: GroupFacts,
  invited: boolean,
  now: Date = new Date(),
): ParticipationRefusal | null {
  if (!meetsClearanceRule(person, group, now)) return { rule: 'clearance_required', clearance: group.requiredClearance };
  if (person.secretariat || invited) return null;
  if (!person.state || !group.memberStates.includes(person.state)) return { rule: 'member_state_or_invited', state: person.state };
  return null;
}

/**
 * Chatham House: "neither the identity nor affiliation of the speaker(s), nor that of any other participant, may be revealed".
 * Only people who attended the meeting see speakers and the participant list.
 */
export function seesChathamHouseIdentities(_subject: Subject, meeting: { chathamHouse: boolean }, attendedBySubject: boolean): boolean {
  return !meeting.chathamHouse || attendedBySubject;
}

/** Co-chair states lead the group (meetings, statements); the secretariat supports them administratively. */
export function leadsGroup(subject: Subject, currentCoChairs: string[]): boolean {
  if (subject.memberStatus === 'secretariat') return subject.roles.includes('admin') || subject.roles.includes('coordinator');
  return subject.state !== null && currentCoChairs.includes(subject.state);
}

/** Notes are taken by someone in the room: a participant who attended (the system records them from minutes). */
export function recordsNotes(subject: Subject, participation: { attended: boolean } | null): boolean {
  return isSystem(subject) || participation?.attended === true;
}

/** "A state nominates itself": a state's users nominate only their own state; the secretariat records any nomination. */
export function canNominate(subject: Subject, memberCode: string): boolean {
  return subject.memberStatus === 'secretariat' || subject.state === memberCode;
}

/** Member states of the group and the secretariat propose co-chair rosters. */
export function canProposeRoster(subject: Subject, group: GroupFacts): boolean {
  return subject.memberStatus === 'secretariat' || (subject.state !== null && group.memberStates.includes(subject.state));
}

/** Draft statements are seen by the group's member states and the secretariat; everyone else sees what is published. */
export function seesDraftStatements(subject: Subject, group: GroupFacts): boolean {
  return canProposeRoster(subject, group);
}

/** A statement is approved by a user of a state co-chairing the group this year. */
export function approvesStatement(subject: Subject, currentCoChairs: string[]): boolean {
  return subject.state !== null && currentCoChairs.includes(subject.state);
}

/** What the actor may do with a working group, sent with it as `can` (permissions still gate each route). */
export function groupAbilities(subject: Subject, group: GroupFacts, currentCoChairs: string[]) {
  const material = canReadGroupMaterial(subject, group);
  const lead = leadsGroup(subject, currentCoChairs);
  return {
    readMaterial: material,
    manage: hasRole(subject, 'admin', 'coordinator'),
    convene: material && lead && hasRole(subject, 'admin', 'coordinator'),
    nominate: subject.state !== null && group.memberStates.includes(subject.state) && hasRole(subject, 'focal_point', 'coordinator', 'admin'),
    proposeRoster: canProposeRoster(subject, group) && hasRole(subject, 'coordinator', 'focal_point', 'admin'),
    draftStatement: lead && hasRole(subject, 'coordinator', 'focal_point', 'admin'),
    approveStatement: approvesStatement(subject, currentCoChairs) && hasRole(subject, 'coordinator', 'focal_point'),
    publishStatement: lead && hasRole(subject, 'coordinator', 'admin'),
  };
}

/** What the actor may do in one meeting, sent with it as `can`. */
export function meetingAbilities(
  subject: Subject,
  group: GroupFacts,
  currentCoChairs: string[],
  participation: { attended: boolean; invited: boolean } | null,
) {
  const lead = canReadGroupMaterial(subject, group) && leadsGroup(subject, currentCoChairs) && hasRole(subject, 'coordinator', 'admin');
  const material = canReadGroupMaterial(subject, group, { invitedToMeeting: participation?.invited });
  return {
    addParticipant: lead,
    addNote: material && recordsNotes(subject, participation),
    addDocument: material,
    addDecision: lead,
    addAction: lead,
  };
}
