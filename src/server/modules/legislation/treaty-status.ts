// Treaty status read honestly from its evidence: dated actions of the reference file (complete only up to its snapshot
// date), later participation known to the month or year (a party from the start of that period, flagged approximate),
// and newer actions focal points recorded and a coordinator validated. One pure rule for the state page, the treaty
// table, coverage and cooperation readiness.
import { TREATIES, type Treaty } from './schemas.js';

export const TREATY_TITLES: Record<Treaty, string> = {
  UNTOC: 'United Nations Convention against Transnational Organized Crime',
  TIP: 'Trafficking in Persons Protocol',
  SOM: 'Smuggling of Migrants Protocol',
};
const CONSENT = new Set(['ratification', 'accession', 'acceptance', 'approval', 'succession']);

/** Members whose participation is not recorded in their own name in the UN Treaty Collection tables. */
export const TERRITORY_NOTES: Record<string, 'through_china' | 'france_new_caledonia'> = {
  HKG: 'through_china',
  MAC: 'through_china',
  FRA: 'france_new_caledonia',
};

export interface SnapshotInfo {
  date: string;
  label: string;
  source: string;
}
export interface ReferenceActionRow {
  state: string;
  instrument: string;
  action: string;
  date: string;
  source: string;
}
export interface ReportRow {
  state: string;
  instrument: string;
  period: string;
  precision: 'month' | 'year' | 'unknown';
  what: string;
  source: string;
}
export interface RecordRow {
  id: string;
  state: string;
  instrument: string;
  action: string;
  period: string;
  precision: 'day' | 'month' | 'year';
  source: string;
  note: string;
  workflow: 'submitted' | 'validated' | 'returned';
  reason: string | null;
  entered_by: string;
  entered_by_name: string;
  entered_by_state: string | null;
  entered_at: Date;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Date | null;
}

export interface TreatyFacts {
  /** The reference file's snapshot, or null while treaties.csv has not arrived. */
  snapshot: SnapshotInfo | null;
  actions: ReferenceActionRow[];
  reports: ReportRow[];
  /** Focal points' records the caller may see; only validated ones count. */
  records: RecordRow[];
}

export type TreatyActionView =
  | { origin: 'reference'; action: string; date: string; source: string; snapshot: string | null }
  | { origin: 'later'; action: 'party_reported'; when: string; precision: 'month' | 'year' | 'unknown'; what: string; source: string; snapshot: string | null }
  | {
      origin: 'focal_point';
      id: string;
      action: string;
      date?: string;
      when?: string;
      precision: 'day' | 'month' | 'year';
      source: string;
      note: string;
      snapshot: string | null;
      workflow: RecordRow['workflow'];
      reason: string | null;
      enteredBy: { id: string; name: string; state: string | null };
      enteredAt: Date;
      reviewedBy: { id: string; name: string } | null;
      reviewedAt: Date | null;
    };

export type TreatyStatusCode = 'party' | 'signatory' | 'no_action_recorded' | 'not_recorded_separately' | 'unknown';
export interface TreatyStatus {
  instrument: Treaty;
  title: string;
  status: TreatyStatusCode;
  /** Party only on evidence known to the month or year (counted from the start of that period). */
  approximate: boolean;
  /** The action the status rests on. */
  basis: TreatyActionView | null;
  signature: string | null;
  consent: { action: string; date: string } | null;
  source: string | null;
  snapshot: string | null;
  note: 'through_china' | 'france_new_caledonia' | null;
  actions: TreatyActionView[];
  pending: TreatyActionView[];
}

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first day a piece of evidence counts from: its day, or the start of its month or year; "unknown" counts from the day after the snapshot (the snapshot shows no such action). */
export function countsFrom(period: string, precision: 'day' | 'month' | 'year' | 'unknown', snapshot: string | null): string | null {
  if (precision === 'day') return period;
  if (precision === 'month') return `${period}-01`;
  if (precision === 'year') return `${period}-01-01`;
  return snapshot ? dayAfter(snapshot) : null;
}

export function recordView(r: RecordRow, snapshot: string | null): TreatyActionView {
  return {
    origin: 'focal_point',
    id: r.id,
    action: r.action,
    ...(r.precision === 'day' ? { date: r.period } : { when: r.period }),
    precision: r.precision,
    source: r.source,
    note: r.note,
    snapshot,
    workflow: r.workflow,
    reason: r.reason,
    enteredBy: { id: r.entered_by, name: r.entered_by_name, state: r.entered_by_state },
    enteredAt: r.entered_at,
    reviewedBy: r.reviewed_by ? { id: r.reviewed_by, name: r.reviewed_by_name ?? '' } : null,
    reviewedAt: r.reviewed_at,
  };
}

interface Evidence {
  view: TreatyActionView;
  from: string | null;
  day: boolean;
}

/** Status of every treaty for one state on `asOf` (today when omitted: everything recorded counts). */
export function statusOf(state: string, facts: TreatyFacts, asOf?: string): TreatyStatus[] {
  const snap = facts.snapshot?.date ?? null;
  const counts = (from: string | null) => (asOf === undefined ? true : from !== null && from <= asOf);
  return TREATIES.map((instrument) => {
    const mine = <T extends { state: string; instrument: string }>(rows: T[]) => rows.filter((r) => r.state === state && r.instrument === instrument);
    const evidence: Evidence[] = [
      ...mine(facts.actions).map((a) => ({
        view: { origin: 'reference' as const, action: a.action, date: a.date, source: a.source, snapshot: snap },
        from: a.date,
        day: true,
      })),
      ...mine(facts.reports).map((r) => ({
        view: {
          origin: 'later' as const,
          action: 'party_reported' as const,
          when: r.period,
          precision: r.precision,
          what: r.what,
          source: r.source,
          snapshot: snap,
        },
        from: countsFrom(r.period, r.precision, snap),
        day: false,
      })),
      ...mine(facts.records)
        .filter((r) => r.workflow === 'validated')
        .map((r) => ({ view: recordView(r, snap), from: countsFrom(r.period, r.precision, snap), day: r.precision === 'day' })),
    ];
    const inForce = evidence.filter((e) => counts(e.from));
    // Day-precise evidence first, then the earliest: a dated deposit beats "reported 2017".
    const best = (es: Evidence[]) => [...es].sort((a, b) => Number(b.day) - Number(a.day) || (a.from ?? '9999').localeCompare(b.from ?? '9999'))[0];
    const consent = best(inForce.filter((e) => e.view.action === 'party_reported' || CONSENT.has(e.view.action)));
    const signed = best(inForce.filter((e) => e.view.action === 'signature'));
    const note = TERRITORY_NOTES[state] ?? null;
    const status: TreatyStatusCode = consent
      ? 'party'
      : signed
        ? 'signatory'
        : note === 'through_china'
          ? 'not_recorded_separately'
          : facts.snapshot
            ? 'no_action_recorded'
            : 'unknown';
    const basis = consent ?? signed;
    const dated = (e: Evidence | undefined) => (e && 'date' in e.view && e.view.date ? e.view.date : null);
    return {
      instrument,
      title: TREATY_TITLES[instrument],
      status,
      approximate: !!consent && !consent.day,
      basis: basis?.view ?? null,
      signature: dated(signed),
      consent: consent && dated(consent) ? { action: consent.view.action, date: dated(consent)! } : null,
      source: basis?.view.source ?? null,
      snapshot: snap,
      note,
      actions: evidence.sort((a, b) => (a.from ?? '9999').localeCompare(b.from ?? '9999')).map((e) => e.view),
      pending: mine(facts.records)
        .filter((r) => r.workflow !== 'validated')
        .map((r) => recordView(r, snap)),
    };
  });
}

/** Whether a state is a party on `asOf` as cooperation readiness needs it: "no" only where the snapshot is complete. */
export function partyAnswer(t: TreatyStatus | undefined, asOf: string): 'yes' | 'no' | 'unknown' {
  if (!t) return 'unknown';
  if (t.status === 'party') return 'yes';
  if (t.status === 'signatory' || t.status === 'no_action_recorded') return t.snapshot !== null && asOf <= t.snapshot ? 'no' : 'unknown';
  return 'unknown';
}
