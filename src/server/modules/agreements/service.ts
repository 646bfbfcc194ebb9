// Agreements between member states: recording them (validated), the matrix, and the check the intelligence exchange relies on.

import { type Actor, recordedBy } from '../../access/actor.js';
import { agreementAbilities, agreementsVisibleTo, canKeepAgreement } from '../../access/agreements.js';
import { today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { day } from '../../i18n/text.js';
import type { DirectoryService } from '../directory/service.js';
import type { MembersService } from '../members/service.js';
import { say } from './messages.js';
import { fillMou, type MouParty } from './mou.js';
import type { Agreement, AgreementInput, AgreementPatch, CheckResult } from './schemas.js';
import { isKnownCategory, isScope, scopesCovering } from './scope.js';
import { type AgreementRow, AgreementsStore, activeOn } from './store.js';

export class AgreementsService {
  readonly store: AgreementsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly members: MembersService,
    private readonly directory: DirectoryService,
  ) {
    this.store = new AgreementsStore(db);
  }

  /** The agreement as this actor reads it: with what they may do with it (`can`, from access/agreements.ts). */
  private view(actor: Actor, agreement: Agreement): Agreement {
    return {
      ...agreement,
      can: agreementAbilities(
        actor,
        agreement.parties.map((p) => p.state),
      ),
    };
  }

  async list(actor: Actor, filter: { state?: string; status?: string }) {
    const where = [agreementsVisibleTo(actor, 'ag')];
    if (filter.state) where.push(AgreementsStore.withParties([filter.state]));
    if (filter.status) where.push(sql`ag.status = ${filter.status}`);
    return { agreements: (await this.store.list(where)).map((a) => this.view(actor, a)) };
  }

  async get(actor: Actor, id: string): Promise<Agreement> {
    const [agreement] = await this.store.list([sql`ag.id = ${id}`, agreementsVisibleTo(actor, 'ag')]);
    if (!agreement) throw new NotFound(`agreement ${id}`);
    return this.view(actor, agreement);
  }

  /**
   * Is there an agreement active between state A and state B covering `category` (an intelligence category such as
   * people_smuggling, or a scope id) on `date`? Returns the agreement relied on (the most recently effective).
   */
  async check(a: string, b: string, category: string, date: string = today()): Promise<CheckResult> {
    if (!isKnownCategory(category)) throw new Invalid('category', say('unknownCategory', { category }));
    if (a === b) throw new Invalid('b', say('sameStates'));
    await this.members.requireMembers('a', [a]);
    await this.members.requireMembers('b', [b]);
    const scopes = scopesCovering(category);
    const [agreement] = await this.store.list([AgreementsStore.between(a, b), activeOn(date), sql`ag.scope && ${scopes}::text[]`]);
    return { covered: Boolean(agreement), agreement: agreement ?? null };
  }

  async matrix(date: string = today(), category?: string) {
    if (category && !isKnownCategory(category)) throw new Invalid('category', say('unknownCategory', { category }));
    const [states, rows] = await Promise.all([this.store.partyStates(), this.store.activePairs(date, category ? scopesCovering(category) : null)]);
    const pairs = new Map<string, { a: string; b: string; agreements: { id: string; title: string; scope: string[]; demo: boolean }[] }>();
    for (const r of rows) {
      const key = `${r.a}|${r.b}`;
      if (!pairs.has(key)) pairs.set(key, { a: r.a, b: r.b, agreements: [] });
      pairs.get(key)!.agreements.push({ id: r.id, title: r.title, scope: r.scope, demo: r.demo });
    }
    return { date, states, pairs: [...pairs.values()] };
  }

  /** Validates a whole agreement (as it would stand after the change); throws Invalid naming the field. */
  private async validate(actor: Actor, input: AgreementInput) {
    const states = input.parties.map((p) => p.state);
    const seen = new Set<string>();
    input.parties.forEach((p, i) => {
      if (seen.has(p.state)) throw new Invalid(`parties.${i}.state`, say('partyTwice', { state: stateName(p.state) }));
      seen.add(p.state);
    });
    await this.members.requireMembers('parties', states);
    input.scope.forEach((s, i) => {
      if (!isScope(s)) throw new Invalid(`scope.${i}`, say('unknownScope', { scope: s }));
    });
    if (input.effectiveOn && input.expiresOn && input.expiresOn < input.effectiveOn)
      throw new Invalid('expiresOn', say('expiresBeforeEffect', { expires: day(input.expiresOn), effective: day(input.effectiveOn) }));
    if (input.signedOn && input.effectiveOn && input.effectiveOn < input.signedOn) throw new Invalid('effectiveOn', say('effectBeforeSigned'));
    if ((input.status === 'in_force' || input.status === 'expired' || input.status === 'terminated') && !input.effectiveOn)
      throw new Invalid('effectiveOn', say(`effectiveNeeded.${input.status}`));
    if ((input.status === 'signed' || input.status === 'in_force' || input.status === 'expired' || input.status === 'terminated') && !input.signedOn)
      throw new Invalid('signedOn', say(`signedNeeded.${input.status}`));
    if (input.status === 'expired' && !input.expiresOn) throw new Invalid('expiresOn', say('expiryNeeded'));
    if (input.status === 'terminated' && !input.terminatedOn) throw new Invalid('terminatedOn', say('endNeeded'));
    if (input.terminatedOn && input.effectiveOn && input.terminatedOn < input.effectiveOn) throw new Invalid('terminatedOn', say('endsBeforeEffect'));
    const focalIds = input.parties.map((p) => p.focalPointId).filter((x): x is string => Boolean(x));
    const focal = new Map((await this.store.contactPointStates(focalIds)).map((r) => [r.id, r.state]));
    input.parties.forEach((p, i) => {
      if (p.focalPointId && focal.get(p.focalPointId) !== p.state)
        throw new Invalid(`parties.${i}.focalPointId`, say('notContactOf', { state: stateName(p.state) }));
    });
    if (!canKeepAgreement(actor, states)) throw new Forbidden(say('keepersOnly'));
  }

  private row(input: AgreementInput): AgreementRow {
    return {
      title: input.title,
      type: input.type,
      scope: [...new Set(input.scope)],
      status: input.status,
      signedOn: input.signedOn ?? null,
      effectiveOn: input.effectiveOn ?? null,
      expiresOn: input.expiresOn ?? null,
      terminatedOn: input.terminatedOn ?? null,
      placeOfSignature: input.placeOfSignature ?? '',
      notes: input.notes ?? '',
    };
  }

  private parties(input: AgreementInput) {
    return input.parties.map((p) => ({
      state: p.state,
      focalPointId: p.focalPointId ?? null,
      signatoryName: p.signatoryName ?? '',
      signatoryTitle: p.signatoryTitle ?? '',
    }));
  }

  async create(actor: Actor, input: AgreementInput, demo = false): Promise<Agreement> {
    await this.validate(actor, input);
    return this.db.transaction(async () => {
      const id = await this.store.insert({ ...this.row(input), demo, createdBy: recordedBy(actor) });
      await this.store.setParties(id, this.parties(input));
      await this.audit.record(actor, {
        action: 'agreements.create',
        outcome: 'ok',
        targetType: 'agreement',
        targetId: id,
        detail: { parties: input.parties.map((p) => p.state), status: input.status },
      });
      return this.view(actor, (await this.store.get(id))!);
    });
  }

  async update(actor: Actor, id: string, patch: AgreementPatch): Promise<Agreement> {
    const current = await this.get(actor, id);
    if (
      !canKeepAgreement(
        actor,
        current.parties.map((p) => p.state),
      )
    )
      throw new Forbidden(say('keepersOnly'));
    const merged: AgreementInput = {
      title: patch.title ?? current.title,
      type: patch.type ?? current.type,
      scope: patch.scope ?? current.scope,
      status: patch.status ?? current.status,
      signedOn: patch.signedOn !== undefined ? patch.signedOn : current.signedOn,
      effectiveOn: patch.effectiveOn !== undefined ? patch.effectiveOn : current.effectiveOn,
      expiresOn: patch.expiresOn !== undefined ? patch.expiresOn : current.expiresOn,
      terminatedOn: patch.terminatedOn !== undefined ? patch.terminatedOn : current.terminatedOn,
      placeOfSignature: patch.placeOfSignature ?? current.placeOfSignature,
      notes: patch.notes ?? current.notes,
      parties:
        patch.parties ??
        current.parties.map((p) => ({ state: p.state, focalPointId: p.focalPointId, signatoryName: p.signatoryName, signatoryTitle: p.signatoryTitle })),
    };
    await this.validate(actor, merged);
    return this.db.transaction(async () => {
      await this.store.update(id, this.row(merged));
      if (patch.parties) await this.store.setParties(id, this.parties(merged));
      await this.audit.record(actor, {
        action: 'agreements.update',
        outcome: 'ok',
        targetType: 'agreement',
        targetId: id,
        detail: { fields: Object.keys(patch), status: merged.status },
      });
      return this.view(actor, (await this.store.get(id))!);
    });
  }

  /** The model MOU filled for these states: names from the membership, focal points from the directory. */
  async modelMou(input: { states: string[]; scope?: string[]; effectiveOn?: string | null; years?: number | null; place?: string | null }): Promise<string> {
    const states = [...new Set(input.states)];
    if (states.length < 2) throw new Invalid('states', say('mouStates'));
    await this.members.requireMembers('states', states);
    const scope = input.scope?.length ? input.scope : ['smuggling_intelligence', 'trafficking_intelligence'];
    scope.forEach((s, i) => {
      if (!isScope(s)) throw new Invalid(`scope.${i}`, say('unknownScope', { scope: s }));
    });
    const focal = await this.directory.contactPointsFor(states, 'intelligence_exchange');
    const parties: MouParty[] = [];
    for (const code of states) {
      const { member } = await this.members.detail(code);
      const f = focal.find((c) => c.state === code);
      parties.push({
        code,
        name: member.name,
        focalPoint: f ? { name: f.name, position: f.position, agency: f.agency, secureChannel: f.secureChannel, email: f.email } : null,
      });
    }
    return fillMou({ parties, scope, effectiveOn: input.effectiveOn ?? null, years: input.years ?? null, place: input.place ?? null });
  }

  /** The model MOU filled from a recorded agreement: its parties, their designated focal points, scope, dates, signatories. */
  async agreementMou(actor: Actor, id: string): Promise<{ agreement: Agreement; markdown: string }> {
    const agreement = await this.get(actor, id);
    const codes = agreement.parties.map((p) => p.state);
    const directoryFocal = await this.directory.contactPointsFor(codes, 'intelligence_exchange');
    const parties: MouParty[] = agreement.parties.map((p) => {
      const f = p.focalPoint ?? directoryFocal.find((c) => c.state === p.state) ?? null;
      return {
        code: p.state,
        name: p.stateName,
        signatoryName: p.signatoryName,
        signatoryTitle: p.signatoryTitle,
        focalPoint: f ? { name: f.name, position: f.position, agency: f.agency, secureChannel: f.secureChannel, email: f.email } : null,
      };
    });
    const years =
      agreement.effectiveOn && agreement.expiresOn
        ? Math.max(1, Math.round((Date.parse(agreement.expiresOn) - Date.parse(agreement.effectiveOn)) / (365.25 * 86_400_000)))
        : null;
    const markdown = fillMou({ parties, scope: agreement.scope, effectiveOn: agreement.effectiveOn, years, place: agreement.placeOfSignature || null });
    return { agreement, markdown };
  }
}
