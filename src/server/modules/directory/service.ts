// The directory: national committees, contact points and liaison officers, kept true by each state's focal point.

import { type Actor, recordedBy } from '../../access/actor.js';
import { canKeepDirectoryOf, directoryEntryAbilities, keptBy } from '../../access/directory.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import type { MembersService } from '../members/service.js';
import { say } from './messages.js';
import type { ContactPointInput, EntryKind, LiaisonOfficerInput } from './schemas.js';
import { DirectoryStore, type Filter } from './store.js';
import { contactTopics, isContactTopic } from './topics.js';

export class DirectoryService {
  readonly store: DirectoryStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly members: MembersService,
  ) {
    this.store = new DirectoryStore(db);
  }

  topics() {
    return { topics: contactTopics() };
  }

  /** The directory, each entry with what this actor may do with it (`can`, from access/directory.ts). */
  async list(actor: Actor, filter: Filter) {
    const [committees, contactPoints, liaisonOfficers, agencies] = await Promise.all([
      this.store.committees(filter),
      this.store.contactPoints(filter),
      this.store.liaisonOfficers(filter),
      filter.topic ? Promise.resolve([]) : this.store.agencies(filter.state),
    ]);
    return {
      committees: committees.map((e) => this.withAbilities(actor, e, e.state)),
      contactPoints: contactPoints.map((e) => this.withAbilities(actor, e, e.state)),
      liaisonOfficers: liaisonOfficers.map((e) => this.withAbilities(actor, e, e.homeState)),
      agencies,
    };
  }

  private withAbilities<T extends object>(actor: Actor, entry: T, keeper: string) {
    return { ...entry, can: directoryEntryAbilities(actor, keeper) };
  }

  /** National committees' names only, for the public site (no contact details ever leave through here). */
  publicCommittees() {
    return this.store.committeeNames();
  }

  /** Each state's designated contact points for a topic (agreements use 'intelligence_exchange' focal points). */
  contactPointsFor(states: string[], topic: string) {
    return this.store.contactPointsFor(states, topic);
  }

  private requireKeeper(actor: Actor, state: string) {
    if (!canKeepDirectoryOf(actor, state)) throw new Forbidden(say('keepers', { state: stateName(state) }), { state });
  }

  private async requireExisting(kind: EntryKind, id: string): Promise<string> {
    const state = await this.store.keeperOf(kind, id);
    if (!state) throw new NotFound(`directory entry ${id}`);
    return state;
  }

  async addCommittee(actor: Actor, input: { state: string; name: string; mandate?: string }, demo = false) {
    await this.members.requireMembers('state', [input.state]);
    this.requireKeeper(actor, input.state);
    return this.db.transaction(async () => {
      const row = await this.store.insertCommittee({ state: input.state, name: input.name, mandate: input.mandate ?? '', demo, by: recordedBy(actor) });
      await this.audit.record(actor, {
        action: 'directory.committee.create',
        outcome: 'ok',
        targetType: 'national_committee',
        targetId: row!.id,
        detail: { state: input.state },
      });
      return this.withAbilities(actor, (await this.store.committee(row!.id))!, input.state);
    });
  }

  private async checkCommittee(committeeId: string | null | undefined, state: string) {
    if (!committeeId) return;
    const committee = await this.store.committee(committeeId);
    if (!committee || committee.state !== state) throw new Invalid('committeeId', say('noCommittee', { state: stateName(state) }));
  }

  async addContactPoint(actor: Actor, input: ContactPointInput, demo = false) {
    await this.members.requireMembers('state', [input.state]);
    if (!isContactTopic(input.topic)) throw new Invalid('topic', say('unknownTopic', { topic: input.topic }));
    this.requireKeeper(actor, input.state);
    await this.checkCommittee(input.committeeId, input.state);
    return this.db.transaction(async () => {
      const row = await this.store.insertContactPoint({
        state: input.state,
        topic: input.topic,
        name: input.name,
        position: input.position ?? '',
        agency: input.agency ?? '',
        email: input.email ?? null,
        phone: input.phone ?? null,
        secureChannel: input.secureChannel ?? null,
        committeeId: input.committeeId ?? null,
        demo,
        by: recordedBy(actor),
      });
      await this.audit.record(actor, {
        action: 'directory.contact_point.create',
        outcome: 'ok',
        targetType: 'contact_point',
        targetId: row!.id,
        detail: { state: input.state, topic: input.topic },
      });
      return this.withAbilities(actor, (await this.store.contactPoint(row!.id))!, input.state);
    });
  }

  async addLiaisonOfficer(actor: Actor, input: LiaisonOfficerInput, demo = false) {
    await this.members.requireMembers('homeState', [input.homeState]);
    await this.members.requireMembers('hostState', [input.hostState]);
    if (input.homeState === input.hostState) throw new Invalid('hostState', say('postedAbroad'));
    if (input.postedUntil && input.postedUntil < input.postedFrom) throw new Invalid('postedUntil', say('postingEndsBeforeStart'));
    this.requireKeeper(actor, input.homeState);
    return this.db.transaction(async () => {
      const row = await this.store.insertLiaisonOfficer({
        homeState: input.homeState,
        hostState: input.hostState,
        agency: input.agency,
        name: input.name,
        position: input.position ?? '',
        email: input.email ?? null,
        phone: input.phone ?? null,
        postedFrom: input.postedFrom,
        postedUntil: input.postedUntil ?? null,
        demo,
        by: recordedBy(actor),
      });
      await this.audit.record(actor, {
        action: 'directory.liaison_officer.create',
        outcome: 'ok',
        targetType: 'liaison_officer',
        targetId: row!.id,
        detail: { homeState: input.homeState, hostState: input.hostState },
      });
      return this.withAbilities(actor, (await this.store.liaisonOfficer(row!.id))!, input.homeState);
    });
  }

  async updateCommittee(actor: Actor, id: string, patch: { name?: string; mandate?: string }) {
    const state = await this.requireExisting('committees', id);
    this.requireKeeper(actor, state);
    return this.db.transaction(async () => {
      await this.store.update('committees', id, { name: patch.name, mandate: patch.mandate }, recordedBy(actor));
      await this.audit.record(actor, {
        action: 'directory.committee.update',
        outcome: 'ok',
        targetType: 'national_committee',
        targetId: id,
        detail: { fields: Object.keys(patch) },
      });
      return this.withAbilities(actor, (await this.store.committee(id))!, state);
    });
  }

  async updateContactPoint(actor: Actor, id: string, patch: Partial<Omit<ContactPointInput, 'state'>>) {
    const state = await this.requireExisting('contact-points', id);
    this.requireKeeper(actor, state);
    if (patch.topic !== undefined && !isContactTopic(patch.topic)) throw new Invalid('topic', say('unknownTopic', { topic: patch.topic }));
    await this.checkCommittee(patch.committeeId, state);
    return this.db.transaction(async () => {
      await this.store.update(
        'contact-points',
        id,
        {
          topic: patch.topic,
          name: patch.name,
          position: patch.position,
          agency: patch.agency,
          email: patch.email,
          phone: patch.phone,
          secure_channel: patch.secureChannel,
          committee_id: patch.committeeId,
        },
        recordedBy(actor),
      );
      await this.audit.record(actor, {
        action: 'directory.contact_point.update',
        outcome: 'ok',
        targetType: 'contact_point',
        targetId: id,
        detail: { fields: Object.keys(patch) },
      });
      return this.withAbilities(actor, (await this.store.contactPoint(id))!, state);
    });
  }

  async updateLiaisonOfficer(actor: Actor, id: string, patch: Partial<Omit<LiaisonOfficerInput, 'homeState'>>) {
    const home = await this.requireExisting('liaison-officers', id);
    this.requireKeeper(actor, home);
    const current = (await this.store.liaisonOfficer(id))!;
    if (patch.hostState !== undefined) {
      await this.members.requireMembers('hostState', [patch.hostState]);
      if (patch.hostState === home) throw new Invalid('hostState', say('postedAbroad'));
    }
    const from = patch.postedFrom ?? current.postedFrom;
    const until = patch.postedUntil === undefined ? current.postedUntil : patch.postedUntil;
    if (until && until < from) throw new Invalid('postedUntil', say('postingEndsBeforeStart'));
    return this.db.transaction(async () => {
      await this.store.update(
        'liaison-officers',
        id,
        {
          host_state: patch.hostState,
          agency: patch.agency,
          name: patch.name,
          position: patch.position,
          email: patch.email,
          phone: patch.phone,
          posted_from: patch.postedFrom,
          posted_until: patch.postedUntil,
        },
        recordedBy(actor),
      );
      await this.audit.record(actor, {
        action: 'directory.liaison_officer.update',
        outcome: 'ok',
        targetType: 'liaison_officer',
        targetId: id,
        detail: { fields: Object.keys(patch) },
      });
      return this.withAbilities(actor, (await this.store.liaisonOfficer(id))!, home);
    });
  }

  /** "Still correct": resets the 12-month clock without changing the entry. */
  async confirm(actor: Actor, kind: EntryKind, id: string) {
    this.requireKeeper(actor, await this.requireExisting(kind, id));
    await this.db.transaction(async () => {
      await this.store.confirm(kind, id, recordedBy(actor));
      await this.audit.record(actor, { action: 'directory.confirm', outcome: 'ok', targetType: kind, targetId: id });
    });
  }

  async remove(actor: Actor, kind: EntryKind, id: string) {
    this.requireKeeper(actor, await this.requireExisting(kind, id));
    await this.db.transaction(async () => {
      await this.store.remove(kind, id);
      await this.audit.record(actor, { action: 'directory.delete', outcome: 'ok', targetType: kind, targetId: id });
    });
  }

  /** Entries the actor keeps that nobody has confirmed for 12 months. */
  async stale(actor: Actor) {
    return { entries: await this.store.stale((column) => keptBy(actor, column)) };
  }

  /** Every state's entries nobody has confirmed for 12 months (the staleness duty, acting for the whole region). */
  staleEverywhere() {
    return this.store.stale(() => sql`TRUE`);
  }
}
