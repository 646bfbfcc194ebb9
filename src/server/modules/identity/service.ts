// Designations for identity and return: a focal point names the officers of their state (or organisation) who answer
// verification requests and who work victim referral and return cases. Everything else in those modules asks here
// which duties a subject holds.

import { type Actor, recordedBy } from '../../access/actor.js';
import { type Duty, type DutySubject, designable, designatesFor } from '../../access/identity.js';
import type { Subject } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import { refuse } from './refusals.js';
import { DesignationsStore } from './store.js';

export class DesignationsService {
  readonly store: DesignationsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {
    this.store = new DesignationsStore(db);
  }

  /** The actor with their duties in force. */
  async dutySubject<T extends Subject>(who: T): Promise<T & DutySubject> {
    return { ...who, duties: await this.store.dutiesOf(who.userId, who.state) };
  }

  /** Users designated for a duty in a state or organisation (to notify). */
  designated(memberCode: string, duty: Duty): Promise<string[]> {
    return this.store.designated(memberCode, duty);
  }

  /** Who to tell of new work for a duty: the designated officers, or the focal points when nobody is designated yet. */
  async designatedOrFocal(memberCode: string, duty: Duty): Promise<string[]> {
    const designated = await this.store.designated(memberCode, duty);
    return designated.length ? designated : this.store.focalPoints(memberCode);
  }

  async list(actor: Actor) {
    if (!actor.state) throw new Forbidden(refuse('perMember'));
    const mayDesignate = designatesFor(actor, actor.state);
    const [designations, candidates, myDuties] = await Promise.all([
      this.store.list(actor.state),
      mayDesignate ? this.store.candidates(actor.state) : [],
      this.store.dutiesOf(actor.userId, actor.state),
    ]);
    return {
      memberCode: actor.state,
      designations,
      mayDesignate,
      myDuties,
      candidates: candidates.map((c) => ({
        userId: c.userId,
        name: c.name,
        email: c.email,
        agency: c.agency,
        roles: c.roles,
        designable: (['verification', 'victims'] as const).filter((d) =>
          designable({ roles: c.roles, organisationKind: c.organisationKind as Subject['organisationKind'], state: actor.state }, d),
        ),
      })),
    };
  }

  /** Designates and answers the focal point's updated list. */
  async designate(actor: Actor, userId: string, duty: Duty) {
    await this.assign(actor, userId, duty);
    return this.list(actor);
  }

  /** Designates an officer of their own member for a duty: by that member's focal point, or by the system (demo). */
  async assign(actor: Actor, userId: string, duty: Duty): Promise<void> {
    const member = actor.state ?? (await this.store.memberOf(userId));
    if (!member || !designatesFor(actor, member)) throw new Forbidden(refuse('focalDesignates'));
    const candidate = (await this.store.candidates(member)).find((c) => c.userId === userId);
    if (!candidate) throw new Invalid('userId', refuse('noAccount', { member: stateName(member) }));
    if (!designable({ roles: candidate.roles, organisationKind: candidate.organisationKind as Subject['organisationKind'], state: member }, duty))
      throw new Invalid('userId', duty === 'verification' ? refuse('verificationRoles') : refuse('caseRoles'));
    await this.db.transaction(async () => {
      if (await this.store.designate(userId, duty, member, recordedBy(actor)))
        await this.audit.record(actor, {
          action: 'identity.designate',
          outcome: 'ok',
          targetType: 'user',
          targetId: userId,
          detail: { duty, memberCode: member },
        });
    });
  }

  async revoke(actor: Actor, userId: string, duty: Duty) {
    if (!actor.state || !designatesFor(actor, actor.state)) throw new Forbidden(refuse('focalWithdraws'));
    await this.db.transaction(async () => {
      if (!(await this.store.revoke(userId, duty, actor.state!))) throw new NotFound(`designation of ${userId} for ${duty}`);
      await this.audit.record(actor, {
        action: 'identity.revoke',
        outcome: 'ok',
        targetType: 'user',
        targetId: userId,
        detail: { duty, memberCode: actor.state },
      });
    });
    return this.list(actor);
  }
}
