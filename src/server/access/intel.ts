// Access rules of the intelligence exchange and regional alerts beyond route permissions: who may release a report
// onward, who sees who read it, who answers a request for information, and where a release needs an agreement.
import { hasRole, type Subject } from './subject.js';
import { needsOriginatorConsent, type Protection } from './records.js';
import { INTEL_ROLES } from './permissions.js';

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
