// Regional coverage "as of" a date: states per status for each standard, seed 002's headline indicators computed
// from validated assessments and treaty status, trends over time, and side-by-side comparison along a route.
import { today } from '../../access/subject.js';
import { Invalid } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day, type Text } from '../../i18n/text.js';
import { indicatorSentence } from '../../i18n/vocabulary.js';
import type { AssessmentsStore, InForce } from './assessments-store.js';
import { say } from './messages.js';
import { type AssessmentStatus, STATUSES, type Treaty } from './schemas.js';
import type { LegislationService } from './service.js';
import type { TreatiesService } from './treaties.js';

type ByStatus<T> = Record<AssessmentStatus, T>;
const emptyByStatus = <T>(make: () => T): ByStatus<T> => Object.fromEntries(STATUSES.map((s) => [s, make()])) as ByStatus<T>;

/** The same headline figure read from the real treaty data, shown beside the figure from validated assessments. */
export interface TreatyFigure {
  instruments: Treaty[];
  count: number | null;
  states: string[];
  approximateStates: string[];
  asOf: string;
  snapshot: string | null;
  complete: boolean;
  /** The headline sentence, rendered in the reader's language by the route. */
  sentence: Text;
}
export interface IndicatorResult {
  id: string;
  wording: string;
  reportedInSeed: number | null;
  computable: boolean;
  count: number | null;
  states: string[];
  /** Seed 002's sentence with today's figure (rendered by the route); `wording` keeps the catalogue's English. */
  sentence: Text;
  demo: boolean;
  needs: string[];
  treaty: TreatyFigure | null;
}

/**
 * Seed 002's headline sentences that are about treaties, and the treaties a state must be party to for it to count.
 * "Mutual legal assistance arrangements and or extradition ... covering People Smuggling, Traffic in Persons, and
 * Transnational Crime": UNTOC arts. 16 and 18 give extradition and MLA between its parties, and each Protocol applies
 * them to its offences (TIP and SOM Protocols, art. 1(2)), so parties to all three have them for all three.
 */
export const TREATY_FIGURES: Record<string, { instruments: Treaty[] }> = {
  // Its sentence, in each language, is messages.ts coverage.treaty.mla_extradition_in_place.
  mla_extradition_in_place: { instruments: ['UNTOC', 'TIP', 'SOM'] },
};

/** What one date's in-force assessments say: a lookup by state and standard. */
export class Snapshot {
  private readonly cells = new Map<string, InForce>();
  constructor(
    readonly asOf: string,
    rows: InForce[],
  ) {
    for (const r of rows) this.cells.set(`${r.state}|${r.standard_id}`, r);
  }
  status(state: string, standard: string): AssessmentStatus {
    return this.cells.get(`${state}|${standard}`)?.status ?? 'unknown';
  }
  cell(state: string, standard: string): InForce | undefined {
    return this.cells.get(`${state}|${standard}`);
  }
}

const STRENGTH: Record<AssessmentStatus, number | null> = { met: 2, partly: 1, in_drafting: 0, not_met: 0, unknown: null };

export class CoverageService {
  constructor(
    private readonly legislation: LegislationService,
    private readonly assessments: AssessmentsStore,
    private readonly treaties: TreatiesService,
  ) {}

  checkAsOf(asOf: string | undefined): string {
    const d = asOf ?? today();
    if (d > today()) throw new Invalid('asOf', say('asOfFuture'));
    return d;
  }

  async snapshot(asOf: string, states: string[], version?: number) {
    const { version: v, standards } = await this.legislation.standards(version);
    const assessable = standards.filter((s) => s.assessable);
    const rows = await this.assessments.inForce(
      asOf,
      states,
      assessable.map((s) => s.id),
    );
    return { version: v, standards: assessable, snapshot: new Snapshot(asOf, rows) };
  }

  async indicators(
    snapshot: Snapshot,
    states: string[],
    version: number,
    treaties?: Awaited<ReturnType<TreatiesService['parties']>>,
  ): Promise<IndicatorResult[]> {
    const defs = await this.legislation.store.indicators(version);
    const done = new Map<string, { states: Set<string>; demo: boolean } | null>();
    const resolve = (id: string): { states: Set<string>; demo: boolean } | null => {
      if (done.has(id)) return done.get(id)!;
      const c = defs.find((d) => d.id === id)?.computation as
        | { from?: string; standards?: string[]; statuses?: string[]; within_indicator?: string; excluding_indicator?: string }
        | undefined;
      if (c?.from !== 'assessments') {
        done.set(id, null);
        return null;
      }
      let demo = false;
      let counted = new Set(
        states.filter((state) =>
          (c.standards ?? []).some((std) => {
            const cell = snapshot.cell(state, std);
            const hit = !!cell && (c.statuses ?? []).includes(cell.status);
            if (hit && cell.demo) demo = true;
            return hit;
          }),
        ),
      );
      const within = c.within_indicator ? resolve(c.within_indicator) : null;
      if (within) counted = new Set([...counted].filter((s) => within.states.has(s)));
      const excluding = c.excluding_indicator ? resolve(c.excluding_indicator) : null;
      if (excluding) counted = new Set([...counted].filter((s) => !excluding.states.has(s)));
      const result = { states: counted, demo: demo || !!within?.demo || !!excluding?.demo };
      done.set(id, result);
      return result;
    };
    return defs.map((d) => {
      const r = resolve(d.id);
      const needs = (d.computation as { needs?: string[] }).needs ?? [];
      const count = r ? r.states.size : null;
      return {
        id: d.id,
        wording: d.wording,
        reportedInSeed: d.reported_in_seed,
        computable: !!r,
        count,
        states: r ? [...r.states].sort() : [],
        sentence: count === null ? say('coverage.unknown', { needs: needs.join(', ').replaceAll('_', ' ') }) : indicatorSentence(d.id, count, d.wording),
        demo: r?.demo ?? false,
        needs,
        treaty: treaties && TREATY_FIGURES[d.id] ? treatyFigure(treaties.partiesToAll(TREATY_FIGURES[d.id].instruments), d.id, snapshot.asOf) : null,
      };
    });
  }

  async coverage(asOfInput?: string, version?: number) {
    const asOf = this.checkAsOf(asOfInput);
    const members = await this.legislation.memberStates();
    const codes = members.map((m) => m.code);
    const { version: v, standards, snapshot } = await this.snapshot(asOf, codes, version);
    let anyDemo = false;
    const perStandard = standards.map((s) => {
      const states = emptyByStatus<string[]>(() => []);
      const demoStates: string[] = [];
      for (const code of codes) {
        const cell = snapshot.cell(code, s.id);
        states[cell?.status ?? 'unknown'].push(code);
        if (cell?.demo) demoStates.push(code);
      }
      if (demoStates.length) anyDemo = true;
      const counts = Object.fromEntries(STATUSES.map((st) => [st, states[st].length])) as ByStatus<number>;
      return { id: s.id, title: s.title, group: s.group, counts, states, demoStates };
    });
    const treaties = await this.treaties.parties(codes, asOf);
    const indicators = await this.indicators(snapshot, codes, v, treaties);
    return {
      asOf,
      catalogueVersion: v,
      demo: anyDemo,
      stateCount: codes.length,
      states: members,
      standards: perStandard,
      indicators,
      treaties: treaties.perTreaty,
    };
  }

  /** What the public site may show: indicator counts only, never states, drafts or comments. */
  async publicCoverage(asOf?: string) {
    const c = await this.coverage(asOf);
    return {
      asOf: c.asOf,
      catalogueVersion: c.catalogueVersion,
      demo: c.demo,
      indicators: c.indicators.map((i) => ({
        id: i.id,
        count: i.count,
        computable: i.computable,
        demo: i.demo,
        treaty: i.treaty && { count: i.treaty.count, approximate: i.treaty.approximateStates.length, snapshot: i.treaty.snapshot, complete: i.treaty.complete },
      })),
      treaties: c.treaties.map((t) => ({
        instrument: t.instrument,
        count: t.count,
        approximate: t.approximateStates.length,
        snapshot: t.snapshot,
        complete: t.complete,
      })),
    };
  }

  /** Indicator counts and met-per-standard counts at evenly spaced dates (at most 60), for the trend chart and the slider. */
  async trend(from: string, to: string, points: number, version?: number) {
    if (from >= to) throw new Invalid('from', say('fromBeforeTo'));
    this.checkAsOf(to);
    const n = Math.min(Math.max(points, 2), 60);
    const start = Date.parse(`${from}T00:00:00Z`);
    const span = Date.parse(`${to}T00:00:00Z`) - start;
    const dates = [
      ...new Set(Array.from({ length: n }, (_, i) => new Date(start + Math.round((span * i) / (n - 1) / 86_400_000) * 86_400_000).toISOString().slice(0, 10))),
    ];
    const codes = (await this.legislation.memberStates()).map((m) => m.code);
    const facts = await this.treaties.facts(null);
    const series = [];
    for (const date of dates) {
      const { version: v, standards, snapshot } = await this.snapshot(date, codes, version);
      const indicators = await this.indicators(snapshot, codes, v);
      const treaties = await this.treaties.parties(codes, date, facts);
      series.push({
        date,
        indicators: Object.fromEntries(indicators.map((i) => [i.id, i.count])),
        treaties: Object.fromEntries(treaties.perTreaty.map((t) => [t.instrument, t.count])),
        met: Object.fromEntries(standards.map((s) => [s.id, codes.filter((c) => snapshot.status(c, s.id) === 'met').length])),
      });
    }
    return { from, to, series };
  }

  /** Side by side; as a route (source, transit..., destination) it also names the gaps and the weakest link. */
  async compare(states: string[], asOfInput: string | undefined, route: boolean, version?: number) {
    if (states.length < 2) throw new Invalid('states', route ? say('routeStates') : say('compareStates'));
    const twice = states.find((s, i) => states.indexOf(s) !== i);
    if (twice && !route) throw new Invalid('states', say('stateTwice', { state: stateName(twice) }));
    await this.legislation.requireStates('states', states);
    const asOf = this.checkAsOf(asOfInput);
    const { version: v, standards, snapshot } = await this.snapshot(asOf, [...new Set(states)], version);
    const matrix = standards.map((s) => ({
      standardId: s.id,
      title: s.title,
      group: s.group,
      cells: states.map((state) => ({ state, status: snapshot.status(state, s.id), demo: snapshot.cell(state, s.id)?.demo ?? false })),
    }));
    const loopholes = matrix.flatMap((row) => {
      const metIn = row.cells.filter((c) => c.status === 'met').map((c) => c.state);
      const missingIn = row.cells.filter((c) => STRENGTH[c.status] === 0).map((c) => c.state);
      const weakIn = row.cells.filter((c) => c.status === 'partly').map((c) => c.state);
      const unknownIn = row.cells.filter((c) => c.status === 'unknown').map((c) => c.state);
      if (!metIn.length || (!missingIn.length && !weakIn.length)) return [];
      return [{ standardId: row.standardId, title: row.title, metIn, missingIn, weakIn, unknownIn }];
    });
    const scores = states.map((state, position) => {
      const cells = standards.map((s) => snapshot.status(state, s.id));
      return {
        state,
        position,
        score: cells.reduce((sum, st) => sum + (STRENGTH[st] ?? 0), 0),
        max: cells.length * 2,
        met: cells.filter((st) => st === 'met').length,
        unknown: cells.filter((st) => st === 'unknown').length,
      };
    });
    const weakest = route ? [...scores].sort((a, b) => a.score - b.score || b.unknown - a.unknown || a.position - b.position)[0] : null;
    return {
      asOf,
      catalogueVersion: v,
      states,
      route,
      matrix,
      scores,
      loopholes: route ? loopholes : [],
      weakestLink: weakest ? { state: weakest.state, score: weakest.score, max: weakest.max, unknown: weakest.unknown } : null,
      demo: matrix.some((r) => r.cells.some((c) => c.demo)),
    };
  }
}

function treatyFigure(p: ReturnType<Awaited<ReturnType<TreatiesService['parties']>>['partiesToAll']>, id: string, asOf: string): TreatyFigure {
  const which = id as 'mla_extradition_in_place';
  if (p.count === null) return { ...p, asOf, sentence: say(`coverage.treatyUnknown.${which}`, { asOf: day(asOf) }) };
  const snapshot = p.snapshot
    ? say('coverage.snapshot', {
        date: day(p.snapshot),
        approx: p.approximateStates.length ? say('coverage.approx', { count: p.approximateStates.length }) : '',
        incomplete: p.complete ? '' : say('coverage.incomplete'),
      })
    : '';
  return { ...p, asOf, sentence: say(`coverage.treaty.${which}`, { count: p.count, asOf: day(asOf), snapshot }) };
}
