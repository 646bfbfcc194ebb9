// Regional alerts and bulletins: issued by a state to all members, named states or groups, classified, expiring;
// acknowledged per recipient state, with the issuer's dashboard of who has not acknowledged yet.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../access/actor.js';
import { alertAbilities, canAcknowledgeAlert, canIssueAlert, isOriginator } from '../../access/intel.js';
import { readableBy } from '../../access/records.js';
import { clearedClassifications, effectiveClearance, today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Forbidden, Invalid, NotFound } from '../../errors.js';
import { term } from '../../i18n/vocabulary.js';
import { notice } from '../notifications/notices.js';
import type { Message } from '../notifications/service.js';
import { say } from './messages.js';
import type { AlertInput } from './schemas.js';
import { type AlertRow, AlertsStore } from './store.js';

export interface StateNotifier {
  toStates(states: string[], m: Message): Promise<void>;
}
export interface MemberCheck {
  requireMembers(field: string, codes: string[]): Promise<void>;
}

export class AlertsService {
  readonly store: AlertsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly members: MemberCheck,
    private readonly notifier: StateNotifier,
  ) {
    this.store = new AlertsStore(db);
  }

  /** The states an alert reaches: every member, the named states, or the members of the named groups. */
  private async recipients(a: Pick<AlertRow, 'audience' | 'releasableStates' | 'releasableGroups' | 'ownerState'>): Promise<string[]> {
    const states =
      a.audience === 'groups'
        ? (await this.store.groupStates(a.releasableGroups)).map((r) => r.memberCode).filter((x): x is string => Boolean(x))
        : a.releasableStates;
    return [...new Set(states)].filter((s) => s !== a.ownerState).sort();
  }

  async issue(actor: Actor, input: AlertInput, options: { demo?: boolean } = {}) {
    if (!canIssueAlert(actor)) throw new Forbidden(say('issuers'));
    if (input.classification !== 'members' && !(clearedClassifications(effectiveClearance(actor)) as string[]).includes(input.classification))
      throw new Invalid('classification', say('aboveClearance', { classification: term('classification', input.classification) }));
    if (input.expiresOn && input.expiresOn < today()) throw new Invalid('expiresOn', say('alreadyExpired'));
    let releasableStates: string[] = [];
    let releasableGroups: string[] = [];
    if (input.audience === 'all') releasableStates = await this.store.memberStates();
    else if (input.audience === 'states') {
      if (!input.states?.length) throw new Invalid('states', say('nameStates'));
      await this.members.requireMembers('states', input.states);
      releasableStates = [...new Set(input.states)];
    } else {
      if (!input.groups?.length) throw new Invalid('groups', say('nameGroups'));
      const known = new Set((await this.store.groupStates(input.groups)).map((r) => r.code));
      const unknown = input.groups.filter((g) => !known.has(g));
      if (unknown.length) throw new Invalid('groups', say('unknownGroups', { groups: unknown.join(', ') }));
      releasableGroups = [...new Set(input.groups)];
    }
    const reference = `ALERT-${actor.state}-${new Date().getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
    const row = {
      reference,
      type: input.type,
      title: input.title,
      body: input.body,
      audience: input.audience,
      ownerState: actor.state!,
      classification: input.classification,
      releasableStates,
      releasableGroups,
      expiresOn: input.expiresOn ?? null,
      watchlistId: null,
      demo: options.demo ?? false,
      issuedBy: actor.userId,
    };
    const id = await this.db.transaction(async () => {
      const id = await this.store.insert(row);
      await this.audit.record(actor, {
        action: 'alerts.issue',
        outcome: 'ok',
        targetType: 'alert',
        targetId: id,
        detail: { reference, type: input.type, audience: input.audience, classification: input.classification },
      });
      return id;
    });
    await this.notifier.toStates(await this.recipients(row), {
      kind: 'alert.issued',
      title: notice('alertIssued', { reference, type: term('alertType', input.type) }),
      link: `/alerts/${id}`,
      reference,
    });
    return this.get(actor, id);
  }

  /** Alerts for my state: those I may read, in force (or all, with expired ones, when asked). */
  async list(actor: Actor, options: { includeExpired?: boolean } = {}) {
    const where = sql.and([readableBy(actor, 'a'), ...(options.includeExpired ? [] : [sql`(a.expires_on IS NULL OR a.expires_on >= ${today()})`])]);
    const rows = await this.store.list(where, actor.state);
    return { alerts: rows.map((r) => ({ ...this.view(r), acknowledged: r.acknowledged })) };
  }

  private view(r: AlertRow) {
    return {
      id: r.id,
      reference: r.reference,
      type: r.type,
      title: r.title,
      body: r.body,
      audience: r.audience,
      ownerState: r.ownerState,
      classification: r.classification,
      states: r.audience === 'states' ? r.releasableStates : [],
      groups: r.releasableGroups,
      expiresOn: r.expiresOn,
      expired: r.expiresOn !== null && r.expiresOn < today(),
      demo: r.demo,
      createdAt: r.createdAt,
    };
  }

  private async readable(actor: Actor, id: string, action: string): Promise<AlertRow> {
    const alert = await this.store.alert(id, readableBy(actor, 'a'));
    if (!alert) {
      await this.audit.record(actor, { action, outcome: 'not_found', targetType: 'alert', targetId: id });
      throw new NotFound(`alert ${id}`);
    }
    return alert;
  }

  async get(actor: Actor, id: string) {
    const alert = await this.readable(actor, id, 'alerts.read');
    if (alert.classification !== 'members') await this.audit.record(actor, { action: 'alerts.read', outcome: 'ok', targetType: 'alert', targetId: id });
    const [acks, recipients] = await Promise.all([this.store.acknowledgements(id), this.recipients(alert)]);
    const acknowledged = acks.some((a) => a.state === actor.state);
    return { ...this.view(alert), acknowledged, isIssuer: isOriginator(actor, alert), can: alertAbilities(actor, alert, recipients, acknowledged) };
  }

  async acknowledge(actor: Actor, id: string) {
    const alert = await this.readable(actor, id, 'alerts.acknowledge');
    if (!canAcknowledgeAlert(actor, await this.recipients(alert))) throw new Invalid('alert', say('recipientsAcknowledge'));
    await this.db.transaction(async () => {
      if (await this.store.acknowledge(id, actor.state!, actor.userId))
        await this.audit.record(actor, { action: 'alerts.acknowledge', outcome: 'ok', targetType: 'alert', targetId: id, detail: { state: actor.state } });
    });
    return { ok: true as const };
  }

  /** The issuing state's view: each recipient state and whether (and when) it acknowledged. */
  async dashboard(actor: Actor, id: string) {
    const alert = await this.readable(actor, id, 'alerts.dashboard');
    if (!isOriginator(actor, alert)) throw new Forbidden(say('issuerFollows'));
    const [recipients, acks] = await Promise.all([this.recipients(alert), this.store.acknowledgements(id)]);
    const at = new Map(acks.map((a) => [a.state, a.at]));
    const states = recipients.map((state) => ({ state, acknowledgedAt: at.get(state) ?? null }));
    return {
      alertId: id,
      reference: alert.reference,
      states,
      acknowledged: states.filter((s) => s.acknowledgedAt).length,
      pending: states.filter((s) => !s.acknowledgedAt).map((s) => s.state),
    };
  }

  /** Alerts whose expiry date fell in [from, before): the expiry duty tells each issuer once. */
  expiredBetween(from: string, before: string) {
    return this.store.expiredBetween(from, before);
  }
}
