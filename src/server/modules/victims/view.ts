// How a case is shown: its facts for the access rules, its furthest milestone, its list row, and the whole case with what
// the reader's side may do on it now.
import type { CaseFacts, CaseSide } from '../../access/identity.js';
import type { CaseStatus, CaseView, ConsentScope } from './schemas.js';
import type { CaseRow, ConsentRow } from './store.js';

export const caseFacts = (c: CaseRow): CaseFacts => ({
  hostState: c.hostState,
  homeState: c.homeState,
  referredTo: c.referredTo,
  shareHome: c.shareHome,
  shareOrg: c.shareOrg,
  classification: c.classification,
});

/** The furthest milestone the case has reached. */
export function statusOf(c: Pick<CaseRow, 'closedAt' | 'returnedOn' | 'returnOn' | 'travelDocument' | 'referredTo'>): CaseStatus {
  if (c.closedAt) return 'closed';
  if (c.returnedOn) return 'returned';
  if (c.returnOn) return 'return_scheduled';
  if (c.travelDocument) return 'documents_issued';
  if (c.referredTo) return 'referred';
  return 'identified';
}

/** Whether a consent of that scope holds (given and not withdrawn). */
export const inForce = (consents: ConsentRow[], scope: ConsentScope) => consents.some((c) => c.scope === scope && c.withdrawnOn === null);

/** The case as a row of a list. */
export function caseSummary(c: CaseRow, side: CaseSide) {
  return {
    id: c.id,
    reference: c.reference,
    kind: c.kind,
    hostState: c.hostState,
    homeState: c.homeState,
    referredTo: c.referredTo,
    status: c.status,
    personName: c.person.name,
    identifiedOn: c.identifiedOn,
    returnOn: c.returnOn,
    side,
    demo: c.demo,
    createdAt: c.createdAt,
  };
}

/** The whole case for a party who sees it, with what that side may do on it now. */
export function caseView(
  c: CaseRow,
  side: CaseSide,
  parts: { consents: ConsentRow[]; events: CaseView['events']; arrangement: CaseView['arrangement'] },
): CaseView {
  const open = c.status !== 'closed';
  const host = side === 'host' && open;
  return {
    ...caseSummary(c, side),
    person: c.person,
    classification: c.classification,
    protection: c.protection as CaseView['protection'],
    protectionNotes: c.protectionNotes,
    referredOn: c.referredOn,
    travelDocument: c.travelDocument as CaseView['travelDocument'],
    escort: c.escort,
    reception: c.reception,
    returnedOn: c.returnedOn,
    receivedOn: c.receivedOn,
    verificationId: c.verificationId,
    arrangement: parts.arrangement,
    retentionMonths: c.retentionMonths,
    retentionUntil: c.retentionUntil,
    shareHome: c.shareHome,
    shareOrg: c.shareOrg,
    consents: parts.consents.map((x) => ({ ...x, inForce: x.withdrawnOn === null })),
    events: parts.events,
    abilities: {
      consent: host,
      protect: host,
      refer: host && !c.referredTo && inForce(parts.consents, 'organisation'),
      issueTravelDocument: side === 'home' && open && !c.returnedOn,
      planReturn: host && !c.returnedOn,
      escort: (side === 'host' || side === 'organisation') && open && !c.returnedOn,
      reception: (side === 'home' || side === 'organisation') && open && !c.receivedOn,
      markReturned: host && !c.returnedOn && c.travelDocument !== null,
      confirmReception: (side === 'home' || side === 'organisation') && open && c.returnedOn !== null && !c.receivedOn,
      close: host,
      note: open,
    },
  };
}
