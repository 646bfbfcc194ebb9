// Access rules of the intelligence exchange and regional alerts beyond route permissions: who may release a report
// onward, who sees who read it, who answers a request for information, and where a release needs an agreement.

import { INTEL_ROLES } from './permissions.js';
import { needsOriginatorConsent, type Protection } from './records.js';
import { hasRole, type Subject } from './subject.js';

export interface IntelRecord extends Protection {
  ownerState: string;
  releasableOnlyTo: string[];
}

/** The originator's state keeps the report: it alone sees who read it and decides consents. */
export function isOriginator(subject: Subject, report: { ownerState: string | null }): boolean {
  return subject.state !== null && subject.state === report.ownerState;
}

/** Releasing to others beyond the originator needs the originator's consent when the report is originator-controlled. */
export function releaseNeedsConsent(subject: Subject, report: IntelRecord): boolean {
  return needsOriginatorConsent(subject, report);
}

/** A report reaches a state through a release to it or to a group it belongs to: that state acknowledges it. */
export function isReleasedTo(subject: Subject, releases: readonly { recipientKind: string; recipient: string }[]): boolean {
  if (!subject.state) return false;
  return releases.some(
    (r) => (r.recipientKind === 'state' && r.recipient === subject.state) || (r.recipientKind === 'group' && subject.groups.includes(r.recipient)),
  );
}

/** A request for information goes to the originator, from a reader of another state. */
export function canAskForInformation(subject: Subject, report: { ownerState: string | null }): boolean {
  return subject.state !== null && !isOriginator(subject, report);
}

/** What the actor may do with a report they read, sent with it as `can`. */
export function reportAbilities(subject: Subject, report: IntelRecord, releases: readonly { recipientKind: string; recipient: string }[]) {
  const originator = isOriginator(subject, report);
  const needsConsent = releaseNeedsConsent(subject, report);
  return {
    release: originator || !needsConsent,
    requestConsent: needsConsent,
    followReaders: originator,
    attach: originator,
    acknowledge: isReleasedTo(subject, releases),
    askForInformation: canAskForInformation(subject, report),
  };
}

/** 'members' intelligence goes to any member; anything classified needs an agreement covering its category. */
export function releaseNeedsAgreement(report: Pick<Protection, 'classification'>): boolean {
  return report.classification !== 'members' && report.classification !== 'public';
}

/**
 * With the releasable_only handling code the originator names the only states and groups a report may ever reach;
 * answers the recipients outside that list.
 */
export function outsideReleasableOnly(report: IntelRecord, states: string[], groups: string[]): string[] {
  if (!(report.handlingCodes ?? []).includes('releasable_only')) return [];
  return [...states, ...groups].filter((r) => !report.releasableOnlyTo.includes(r));
}

/** Issuing an alert: an officer, analyst or focal point of a state. */
export function canIssueAlert(subject: Subject): boolean {
  return subject.state !== null && hasRole(subject, ...INTEL_ROLES);
}

/** A state an alert reaches acknowledges it (its officers, for the state). */
export function canAcknowledgeAlert(subject: Subject, recipients: readonly string[]): boolean {
  return subject.state !== null && recipients.includes(subject.state);
}

/** What the actor may do with an alert, sent with it as `can`: acknowledge it (once), follow who acknowledged (its issuer). */
export function alertAbilities(subject: Subject, alert: { ownerState: string | null }, recipients: readonly string[], acknowledged: boolean) {
  return { acknowledge: !acknowledged && canAcknowledgeAlert(subject, recipients), followAcknowledgements: isOriginator(subject, alert) };
}
