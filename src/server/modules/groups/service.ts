// Working groups: terms of reference, member states, and co-chairs under the rotation rules of seed 004.

import { type Actor, recordedBy } from '../../access/actor.js';
import { canNominate, canProposeRoster, type GroupFacts, groupAbilities } from '../../access/groups.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { say as sayCoChairs } from './co-chairs/messages.js';
import { checkRoster, ROTATION_RULES, type RosterYear, ruleText, suggestRoster } from './co-chairs/rotation.js';
import { say } from './messages.js';
import type { CreateGroupInput, RosterInput } from './schemas.js';
import { type GroupRow, GroupsStore } from './store.js';

const thisYear = () => new Date().getUTCFullYear();

export class GroupsService {
  readonly store: GroupsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {
    this.store = new GroupsStore(db);
  }

  /** The group or a 404; other group services call this. */
  async requireGroup(code: string): Promise<GroupRow> {
    const group = await this.store.group(code);
    if (group?.kind !== 'working_group') throw new NotFound(`working group ${code}`);
    return group;
  }

  facts(group: GroupRow): GroupFacts {
    return { code: group.code, memberStates: group.member_states, requiredClearance: group.required_clearance };
  }

  async decidedHistory(code: string): Promise<(RosterYear & { decidedAt: string; decidedOn: string })[]> {
    const rows = await this.store.decidedYears(code);
    const byYear = new Map<number, RosterYear & { decidedAt: string; decidedOn: string }>();
    for (const r of rows) {
      const y = byYear.get(r.year) ?? { year: r.year, coChairs: [], decidedAt: r.decided_at, decidedOn: r.decided_on };
      y.coChairs.push({ memberCode: r.member_code, extensionAgreed: r.extension_agreed });
      byYear.set(r.year, y);
    }
    return [...byYear.values()];
  }

  async currentCoChairs(code: string, year = thisYear()): Promise<string[]> {
    return (await this.decidedHistory(code)).find((y) => y.year === year)?.coChairs.map((s) => s.memberCode) ?? [];
  }

  private async summary(actor: Actor, g: GroupRow) {
    const coChairs = await this.currentCoChairs(g.code);
    const can = groupAbilities(actor, this.facts(g), coChairs);
    return {
      code: g.code,
      name: g.name,
      description: g.description,
      requiredClearance: g.required_clearance,
      memberStates: g.member_states,
      coChairs,
      demo: g.demo,
      canReadMaterial: can.readMaterial,
      can,
    };
  }

  async list(actor: Actor) {
    const groups = await Promise.all((await this.store.workingGroups()).map((g) => this.summary(actor, g)));
    return { groups, total: groups.length };
  }

  async detail(actor: Actor, code: string) {
    const g = await this.requireGroup(code);
    return {
      ...(await this.summary(actor, g)),
      termsOfReference: g.terms_of_reference,
      coChairMaxYears: g.co_chair_max_years,
      establishedOn: g.established_on,
    };
  }

  private async requireStates(field: string, codes: string[]) {
    for (const c of codes) {
      const m = await this.store.memberKind(c);
      if (!m) throw new Invalid(field, say('notMember', { state: c }));
      if (m.kind === 'organisation') throw new Invalid(field, say('organisation', { state: stateName(c) }));
    }
  }

  async create(actor: Actor, input: CreateGroupInput, demo = false) {
    if (await this.store.group(input.code)) throw new Conflict(say('codeTaken', { code: input.code }), { field: 'code' });
    const states = [...new Set(input.memberStates)];
    await this.requireStates('memberStates', states);
    return this.db.transaction(async () => {
      await this.store.insertGroup({ ...input, demo });
      for (const s of states) await this.store.addMember(input.code, s, input.establishedOn);
      await this.audit.record(actor, {
        action: 'groups.create',
        outcome: 'ok',
        targetType: 'group',
        targetId: input.code,
        detail: { name: input.name, memberStates: states, requiredClearance: input.requiredClearance },
      });
      return { id: input.code };
    });
  }

  async update(
    actor: Actor,
    code: string,
    patch: { name?: string; description?: string; termsOfReference?: string; requiredClearance?: GroupRow['required_clearance'] },
  ) {
    await this.requireGroup(code);
    return this.db.transaction(async () => {
      await this.store.updateGroup(code, patch);
      await this.audit.record(actor, {
        action: 'groups.update',
        outcome: 'ok',
        targetType: 'group',
        targetId: code,
        detail: { fields: Object.keys(patch), requiredClearance: patch.requiredClearance },
      });
      return { id: code };
    });
  }

  async addMember(actor: Actor, code: string, member: string, joinedOn: string | null) {
    const g = await this.requireGroup(code);
    await this.requireStates('memberCode', [member]);
    if (g.member_states.includes(member)) throw new Conflict(say('alreadyMember', { state: stateName(member) }), { field: 'memberCode' });
    return this.db.transaction(async () => {
      await this.store.addMember(code, member, joinedOn);
      await this.audit.record(actor, { action: 'groups.member.add', outcome: 'ok', targetType: 'group', targetId: code, detail: { member } });
      return { id: code };
    });
  }

  async removeMember(actor: Actor, code: string, member: string) {
    const g = await this.requireGroup(code);
    if (!g.member_states.includes(member)) throw new NotFound(`member ${member} of group ${code}`);
    if ((await this.currentCoChairs(code)).includes(member)) throw new Conflict(say('coChairThisYear', { state: stateName(member) }), { field: 'member' });
    return this.db.transaction(async () => {
      await this.store.removeMember(code, member);
      await this.audit.record(actor, { action: 'groups.member.remove', outcome: 'ok', targetType: 'group', targetId: code, detail: { member } });
      return { id: code };
    });
  }

  async coChairs(code: string) {
    const g = await this.requireGroup(code);
    const [history, rosters, nominations] = await Promise.all([this.decidedHistory(code), this.store.rosters(code), this.store.nominations(code)]);
    return {
      currentYear: thisYear(),
      current: await this.currentCoChairs(code),
      maxYears: g.co_chair_max_years,
      rules: ROTATION_RULES.map((rule) => ({ rule, text: ruleText(rule, g.co_chair_max_years) })),
      history: history.map((h) => ({ ...h, coChairs: h.coChairs.map((s) => ({ memberCode: s.memberCode, extensionAgreed: s.extensionAgreed ?? null })) })),
      rosters: rosters.map((r) => ({
        id: r.id,
        status: r.status,
        decidedAt: r.decided_at,
        decidedOn: r.decided_on,
        demo: r.demo,
        createdAt: r.created_at,
        years: [...new Set(r.years.map((y) => y.year))].map((year) => ({
          year,
          coChairs: r.years.filter((y) => y.year === year).map((y) => ({ memberCode: y.memberCode, extensionAgreed: y.extensionAgreed })),
        })),
      })),
      nominations: nominations.map((n) => ({ id: n.id, memberCode: n.member_code, forYear: n.for_year, note: n.note, demo: n.demo })),
    };
  }

  /** "Ad Hoc Group members will be invited to nominate for the position of co-chair each year": a state nominates itself. */
  async nominate(actor: Actor, code: string, input: { memberCode: string; forYear: number; note: string }, demo = false) {
    const g = await this.requireGroup(code);
    if (!canNominate(actor, input.memberCode)) throw new Forbidden(say('nominatesItself'), { field: 'memberCode' });
    if (!g.member_states.includes(input.memberCode))
      throw new Invalid(
        'memberCode',
        sayCoChairs('breach', {
          rule: ruleText('co_chair_is_group_member', g.co_chair_max_years),
          detail: sayCoChairs('detail.notMember', { state: stateName(input.memberCode) }),
        }),
        { rule: 'co_chair_is_group_member' },
      );
    if (input.forYear < thisYear()) throw new Invalid('forYear', say('nominationYear'));
    if (await this.store.nominationExists(code, input.memberCode, input.forYear))
      throw new Conflict(say('nominatedAlready', { state: stateName(input.memberCode), year: input.forYear }), { field: 'memberCode' });
    return this.db.transaction(async () => {
      const id = await this.store.insertNomination({
        groupCode: code,
        memberCode: input.memberCode,
        forYear: input.forYear,
        note: input.note,
        by: recordedBy(actor),
        demo,
      });
      await this.audit.record(actor, {
        action: 'groups.co_chair.nominate',
        outcome: 'ok',
        targetType: 'group',
        targetId: code,
        detail: { member: input.memberCode, forYear: input.forYear },
      });
      return { id };
    });
  }

  /** Checks a roster against the rules; a breach is a 400 naming the rule and the offending entry, and nothing is stored. */
  async proposeRoster(actor: Actor, code: string, input: RosterInput, opts: { demo?: boolean; currentYear?: number } = {}) {
    const g = await this.requireGroup(code);
    if (!canProposeRoster(actor, this.facts(g))) throw new Forbidden(say('rosterProposers'));
    const proposal: RosterYear[] = input.years.map((y) => ({ year: y.year, coChairs: y.coChairs.map((s) => ({ ...s })) }));
    const breach = checkRoster(proposal, {
      decided: await this.decidedHistory(code),
      groupMembers: g.member_states,
      maxYears: g.co_chair_max_years,
      currentYear: opts.currentYear ?? thisYear(),
    });
    if (breach) throw new Invalid(`body.${breach.field}`, breach.message, { rule: breach.rule });
    return this.db.transaction(async () => {
      const id = await this.store.insertRoster({
        groupCode: code,
        by: recordedBy(actor),
        demo: opts.demo,
        years: proposal.flatMap((y) => y.coChairs.map((s) => ({ year: y.year, memberCode: s.memberCode, extensionAgreed: s.extensionAgreed ?? null }))),
      });
      await this.audit.record(actor, {
        action: 'groups.co_chair.roster.propose',
        outcome: 'ok',
        targetType: 'co_chair_roster',
        targetId: id,
        detail: { group: code, years: input.years },
      });
      return { id };
    });
  }

  /** "Co-chairs will be decided at the Ad Hoc Group Senior Officials Meeting": the secretariat records that decision. */
  async decideRoster(actor: Actor, code: string, id: string, input: { meeting: string; decidedOn: string }) {
    const g = await this.requireGroup(code);
    const roster = await this.store.roster(id);
    if (!roster || roster.group_code !== code) throw new NotFound('co-chair roster');
    if (roster.status !== 'proposed') throw new Conflict(say('rosterDecided', { status: say(`rosterStatus.${roster.status as 'decided' | 'superseded'}`) }));
    // The history may have changed since the proposal: the rules are checked again against it.
    const years = [...new Set(roster.years.map((y) => y.year))].map((year) => ({
      year,
      coChairs: roster.years.filter((y) => y.year === year).map((y) => ({ memberCode: y.memberCode, extensionAgreed: y.extensionAgreed })),
    }));
    const breach = checkRoster(years, {
      decided: await this.decidedHistory(code),
      groupMembers: g.member_states,
      maxYears: g.co_chair_max_years,
      currentYear: Number(input.decidedOn.slice(0, 4)),
    });
    if (breach) throw new Conflict(sayCoChairs('detail.noLonger', { breach: breach.message }), { rule: breach.rule });
    return this.db.transaction(async () => {
      await this.store.decideRoster(id, input.meeting, input.decidedOn);
      await this.audit.record(actor, {
        action: 'groups.co_chair.roster.decide',
        outcome: 'ok',
        targetType: 'co_chair_roster',
        targetId: id,
        detail: { group: code, ...input },
      });
      return { id };
    });
  }

  async suggestion(code: string, fromYear: number | undefined, count: number) {
    const g = await this.requireGroup(code);
    const nominations = (await this.store.nominations(code)).map((n) => ({ memberCode: n.member_code, forYear: n.for_year, nominatedAt: n.created_at }));
    const decided = await this.decidedHistory(code);
    const start = fromYear ?? Math.max(thisYear(), ...decided.map((d) => d.year + 1));
    return {
      years: suggestRoster({ decided, groupMembers: g.member_states, maxYears: g.co_chair_max_years, currentYear: thisYear() }, nominations, start, count),
    };
  }
}
