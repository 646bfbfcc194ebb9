// Cooperation readiness: can `from` ask `to` for extradition or mutual legal assistance for this conduct?
// Dual criminality, legal basis (recorded bilateral instruments, or UNTOC and its Protocol where both are parties),
// the requested state's own law, and the obstacles, each with its evidence. One pure rule serves a pair and the matrix.

import type { Actor } from '../../access/actor.js';
import { Invalid } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { listOf, type Text } from '../../i18n/text.js';
import { termInSentence } from '../../i18n/vocabulary.js';
import type { CoverageService, Snapshot } from './coverage.js';
import { say } from './messages.js';
import type { AssessmentStatus, Conduct } from './schemas.js';
import type { LegislationService } from './service.js';
import { toCooperationView } from './service.js';
import type { CooperationInstrumentRow } from './store.js';
import type { TreatiesService } from './treaties.js';
import { partyAnswer, type TreatyStatus } from './treaty-status.js';

const CRIMINALISES: Record<Conduct, string> = { smuggling: 'PS-2', trafficking: 'TIP-1' };
const PROTOCOL: Record<Conduct, 'SOM' | 'TIP'> = { smuggling: 'SOM', trafficking: 'TIP' };
const DOMESTIC: Record<Mechanism, string> = { extradition: 'IC-1', mla: 'IC-3' };
type Mechanism = 'extradition' | 'mla';
type Answer = 'yes' | 'no' | 'unknown';

interface Facts {
  asOf: string;
  snapshot: Snapshot;
  treaties: Map<string, TreatyStatus[]>;
  instruments: CooperationInstrumentRow[];
}
interface Evidence {
  state: string;
  standardId: string;
  status: AssessmentStatus;
  assessmentId: string | null;
  validFrom: string | null;
}

const holds = (s: AssessmentStatus): Answer => (s === 'met' || s === 'partly' ? 'yes' : s === 'unknown' ? 'unknown' : 'no');
const both = (a: Answer, b: Answer): Answer => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');

function evidence(facts: Facts, state: string, standardId: string): Evidence {
  const cell = facts.snapshot.cell(state, standardId);
  return { state, standardId, status: cell?.status ?? 'unknown', assessmentId: cell?.assessment_id ?? null, validFrom: cell?.valid_from ?? null };
}

export function readiness(from: string, to: string, conduct: Conduct, facts: Facts) {
  const crimeEvidence = [evidence(facts, from, CRIMINALISES[conduct]), evidence(facts, to, CRIMINALISES[conduct])];
  const dual = both(holds(crimeEvidence[0].status), holds(crimeEvidence[1].status));
  const protocol = PROTOCOL[conduct];
  // Legal basis "UNTOC and Protocol, both parties": each state's status with the evidence it rests on.
  const treatyEvidence = [from, to].flatMap((state) =>
    (['UNTOC', protocol] as const).map((instrument) => {
      const t = facts.treaties.get(state)?.find((x) => x.instrument === instrument);
      return {
        state,
        instrument,
        party: partyAnswer(t, facts.asOf),
        status: t?.status ?? 'unknown',
        approximate: t?.approximate ?? false,
        basis: t?.basis ?? null,
        snapshot: t?.snapshot ?? null,
      };
    }),
  );
  const untocBasis = treatyEvidence.map((t) => t.party).reduce(both, 'yes' as Answer);
  const mechanism = (m: Mechanism) => {
    const bilateral = facts.instruments.filter((i) => i.parties.includes(from) && i.parties.includes(to) && i.covers.includes(m));
    const domestic = evidence(facts, to, DOMESTIC[m]);
    const basis: Answer = bilateral.length ? 'yes' : untocBasis;
    const obstacles: { code: string; message: Text; evidence: unknown }[] = [];
    if (dual === 'no')
      obstacles.push({
        code: 'no_dual_criminality',
        message: say('obstacle.noDualCriminality', {
          conduct: say(`obstacle.conduct.${conduct}`),
          states: listOf(crimeEvidence.filter((e) => holds(e.status) === 'no').map((e) => stateName(e.state))),
        }),
        evidence: crimeEvidence,
      });
    if (basis === 'no')
      obstacles.push({
        code: 'no_legal_basis',
        message: say(`obstacle.noLegalBasis.${m}`, { from: stateName(from), to: stateName(to), protocol }),
        evidence: treatyEvidence,
      });
    if (holds(domestic.status) === 'no')
      obstacles.push({
        code: 'no_domestic_law',
        message: say(`obstacle.noDomesticLaw.${m}`, {
          state: stateName(to),
          standard: DOMESTIC[m],
          status: termInSentence('assessmentStatus', domestic.status),
        }),
        evidence: [domestic],
      });
    const unknowns = [dual, basis, holds(domestic.status)].filter((a) => a === 'unknown').length;
    const available: Answer = obstacles.length ? 'no' : unknowns ? 'unknown' : 'yes';
    return {
      available,
      basis: { answer: basis, bilateral: bilateral.map(toCooperationView), untoc: untocBasis, treaties: treatyEvidence },
      domesticLaw: domestic,
      obstacles,
    };
  };
  return { from, to, conduct, dualCriminality: { answer: dual, evidence: crimeEvidence }, extradition: mechanism('extradition'), mla: mechanism('mla') };
}

export class CooperationService {
  constructor(
    private readonly legislation: LegislationService,
    private readonly coverage: CoverageService,
    private readonly treaties: TreatiesService,
  ) {}

  private async facts(states: string[], asOf: string): Promise<Facts> {
    const { snapshot } = await this.coverage.snapshot(asOf, states);
    const [treaties, instruments] = await Promise.all([this.treaties.statusOn(states, asOf), this.legislation.store.cooperationInstruments({ asOf })]);
    return { asOf, snapshot, treaties, instruments };
  }

  async pair(_actor: Actor, from: string, to: string, conduct: Conduct, asOfInput?: string) {
    await this.legislation.requireStates('from', [from]);
    await this.legislation.requireStates('to', [to]);
    if (from === to) throw new Invalid('to', say('otherState', { state: stateName(from) }));
    const asOf = this.coverage.checkAsOf(asOfInput);
    const facts = await this.facts([from, to], asOf);
    return {
      asOf,
      ...readiness(from, to, conduct, facts),
      demo: [from, to].some((s) =>
        Object.values(DOMESTIC)
          .concat(CRIMINALISES[conduct])
          .some((std) => facts.snapshot.cell(s, std)?.demo),
      ),
    };
  }

  /** Every ordered pair of member states: cells[i][j] answers "can states[i] ask states[j]?". */
  async matrix(conduct: Conduct, asOfInput?: string) {
    const asOf = this.coverage.checkAsOf(asOfInput);
    const states = (await this.legislation.memberStates()).map((m) => m.code);
    const facts = await this.facts(states, asOf);
    const cells = states.map((from) =>
      states.map((to) => {
        if (from === to) return null;
        const r = readiness(from, to, conduct, facts);
        return { extradition: r.extradition.available, mla: r.mla.available };
      }),
    );
    return { asOf, conduct, states, cells };
  }
}
