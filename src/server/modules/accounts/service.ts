// Account administration: create, change, disable, reset password or second factor; organisations.

import {
  accountAbilities,
  accountsScope,
  canDisableAccount,
  canManageAccount,
  canVouch,
  grantableRoles,
  keepsOwnRoles,
  organisationsScope,
  seesAccount,
  vouchableClearances,
} from '../../access/accounts.js';
import { type Actor, recordedBy } from '../../access/actor.js';
import { type Clearance, type Role, today } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { hashPassword, passwordWeakness, temporaryPassword } from '../../auth/passwords.js';
import type { UserRow } from '../../auth/store.js';
import { userView } from '../../auth/view.js';
import type { Db } from '../../db/index.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors.js';
import type { Keyring } from '../../secrets/keyring.js';
import { say } from './messages.js';
import type { CreateUserInput, UpdateUserInput } from './schemas.js';
import { AccountsStore } from './store.js';

const MAX_CLEARANCE_YEARS = 5;

function checkClearance(clearance: Clearance, expires: string | null | undefined) {
  if (clearance === 'none') return;
  if (!expires) throw new Invalid('clearanceExpires', say('clearanceExpiryNeeded'));
  if (expires <= today()) throw new Invalid('clearanceExpires', say('clearanceExpiryPast'));
  const limit = new Date();
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_CLEARANCE_YEARS);
  if (expires > today(limit)) throw new Invalid('clearanceExpires', say('clearanceExpiryTooFar', { years: MAX_CLEARANCE_YEARS }));
}

export class AccountsService {
  readonly store: AccountsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly secrets: Keyring,
  ) {
    this.store = new AccountsStore(db);
  }

  /** An account as its administrators see it: the user view and what this actor may do with it. */
  private account(actor: Actor, row: UserRow) {
    return { ...userView(row), can: accountAbilities(actor, { id: row.id, state: row.member_code, roles: row.roles }) };
  }

  /** What this actor may give a new or changed account: the roles they may grant and the clearances they may vouch for. */
  grants(actor: Actor) {
    return { roles: [...grantableRoles(actor)], clearances: [...vouchableClearances(actor)] };
  }

  async list(actor: Actor, filter: { q?: string; state?: string; role?: string; includeDisabled?: boolean }) {
    const rows = await this.store.listUsers(accountsScope(actor), filter);
    return { users: rows.map((row) => this.account(actor, row)), total: rows.length };
  }

  async create(actor: Actor, input: CreateUserInput & { demo?: boolean; totpSecret?: string | null }) {
    const org = await this.store.organisation(input.organisationId);
    if (!org) throw new Invalid('organisationId', say('noSuchOrganisation'));
    const roles = [...new Set(input.roles)] as Role[];
    const denied = roles.filter((r) => !grantableRoles(actor).includes(r));
    if (denied.length) throw new Forbidden(say('mayNotGrant'), { field: 'roles' });
    if (!canManageAccount(actor, { state: org.member_code, roles })) throw new Forbidden(say('ownStateOnly'), { field: 'organisationId' });
    if (roles.includes('admin') && org.kind !== 'rso') throw new Invalid('roles', say('adminsInRso'));
    const clearance = input.clearance ?? 'none';
    checkClearance(clearance, input.clearanceExpires);
    if (!canVouch(actor, clearance)) throw new Forbidden(say('mayNotVouch'), { field: 'clearance' });
    if (await this.store.emailTaken(input.email)) throw new Conflict(say('emailTaken'), { field: 'email' });
    const password = input.password ?? temporaryPassword();
    const weakness = passwordWeakness(password, input.email);
    if (weakness) throw new Invalid('password', weakness);
    const passwordHash = await hashPassword(password);

    return this.db.transaction(async () => {
      const id = await this.store.insertUser({
        email: input.email,
        name: input.name,
        organisationId: org.id,
        roles,
        clearance,
        clearanceExpires: clearance === 'none' ? null : (input.clearanceExpires ?? null),
        vouchedBy: clearance === 'none' ? null : recordedBy(actor),
        passwordHash,
        mustChange: input.password === undefined,
        demo: input.demo,
        totpSecret: input.totpSecret ? this.secrets.seal(input.totpSecret, 'totp') : null,
      });
      await this.audit.record(actor, {
        action: 'user.create',
        outcome: 'ok',
        targetType: 'user',
        targetId: id,
        detail: { email: input.email, roles, clearance, organisation: org.name },
      });
      const user = (await this.store.user(id))!;
      return { user: this.account(actor, user), temporaryPassword: input.password === undefined ? password : null };
    });
  }

  private async manageable(actor: Actor, id: string) {
    const target = await this.store.user(id);
    if (!target) throw new NotFound('user');
    if (!canManageAccount(actor, { state: target.member_code, roles: target.roles })) {
      if (!seesAccount(actor, { state: target.member_code })) throw new NotFound('user');
      throw new Forbidden(say('mayNotChange'));
    }
    return target;
  }

  async update(actor: Actor, id: string, patch: UpdateUserInput) {
    const target = await this.manageable(actor, id);
    const roles = patch.roles ? ([...new Set(patch.roles)] as Role[]) : target.roles;
    if (patch.roles) {
      const denied = patch.roles.filter((r) => !grantableRoles(actor).includes(r));
      if (denied.length) throw new Forbidden(say('mayNotGrant'), { field: 'roles' });
      if (!keepsOwnRoles(actor, { id, roles: target.roles }, roles)) throw new Invalid('roles', say('ownRole'));
    }
    // The organisation the account ends up in: a move must land where the administrator may keep the account.
    const org = patch.organisationId ? await this.store.organisation(patch.organisationId) : undefined;
    if (patch.organisationId && !org) throw new Invalid('organisationId', say('noSuchOrganisation'));
    if (org && !canManageAccount(actor, { state: org.member_code, roles })) throw new Forbidden(say('moveWithinOwnState'), { field: 'organisationId' });
    if (roles.includes('admin') && (org?.kind ?? target.organisation_kind) !== 'rso')
      throw new Invalid(patch.roles ? 'roles' : 'organisationId', say('adminsInRso'));
    if (patch.disabled && !canDisableAccount(actor, { id, state: target.member_code, roles: target.roles })) throw new Invalid('disabled', say('ownAccount'));
    const clearance = patch.clearance ?? target.clearance;
    const clearanceChanged = patch.clearance !== undefined || patch.clearanceExpires !== undefined;
    const expires = patch.clearanceExpires !== undefined ? patch.clearanceExpires : target.clearance_expires;
    if (clearanceChanged) {
      checkClearance(clearance, expires);
      if (!canVouch(actor, clearance)) throw new Forbidden(say('mayNotVouch'), { field: 'clearance' });
    }
    return this.db.transaction(async () => {
      await this.store.updateUser(id, {
        name: patch.name,
        organisationId: org?.id,
        roles: patch.roles ? roles : undefined,
        clearance: patch.clearance,
        clearanceExpires: clearanceChanged ? (clearance === 'none' ? null : expires) : undefined,
        vouchedBy: clearanceChanged ? (clearance === 'none' ? null : recordedBy(actor)) : undefined,
        disabled: patch.disabled,
      });
      if (patch.disabled) await this.store.revokeSessions(id);
      await this.audit.record(actor, {
        action: patch.disabled ? 'user.disable' : 'user.update',
        outcome: 'ok',
        targetType: 'user',
        targetId: id,
        detail: { ...patch, ...(org ? { organisation: org.name } : {}) },
      });
      return this.account(actor, (await this.store.user(id))!);
    });
  }

  async resetPassword(actor: Actor, id: string, password?: string) {
    const target = await this.manageable(actor, id);
    const next = password ?? temporaryPassword();
    const weakness = passwordWeakness(next, target.email);
    if (weakness) throw new Invalid('password', weakness);
    const hash = await hashPassword(next);
    await this.db.transaction(async () => {
      await this.store.setPassword(id, hash, password === undefined);
      await this.store.revokeSessions(id);
      await this.audit.record(actor, { action: 'user.reset_password', outcome: 'ok', targetType: 'user', targetId: id });
    });
    return { temporaryPassword: next };
  }

  async resetMfa(actor: Actor, id: string) {
    await this.manageable(actor, id);
    await this.db.transaction(async () => {
      await this.store.resetMfa(id);
      await this.store.revokeSessions(id);
      await this.audit.record(actor, { action: 'user.reset_mfa', outcome: 'ok', targetType: 'user', targetId: id });
    });
  }

  /** The Regional Support Office's organisation (created with the reference data), where administrators belong. */
  async secretariat(): Promise<{ id: string }> {
    const rso = await this.store.secretariat();
    if (!rso) throw new NotFound('the Regional Support Office organisation (load the reference data first)');
    return rso;
  }

  async organisations(actor: Actor) {
    const rows = await this.store.listOrganisations(organisationsScope(actor));
    return { organisations: rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, memberCode: o.member_code, demo: o.demo, users: o.users })) };
  }

  async createOrganisation(actor: Actor, input: { name: string; kind: 'state_agency' | 'international_org'; memberCode: string; demo?: boolean }) {
    const member = await this.store.memberKind(input.memberCode);
    if (!member) throw new Invalid('memberCode', say('notMember'));
    if ((member.kind === 'organisation') !== (input.kind === 'international_org'))
      throw new Invalid('kind', input.kind === 'international_org' ? say('memberIsState') : say('memberIsOrganisation'));
    if (await this.store.organisationByName(input.name, input.memberCode)) throw new Conflict(say('organisationExists'), { field: 'name' });
    return this.db.transaction(async () => {
      const id = await this.store.insertOrganisation(input);
      await this.audit.record(actor, { action: 'organisation.create', outcome: 'ok', targetType: 'organisation', targetId: id, detail: input });
      return { id };
    });
  }

  /** Enabled accounts whose clearance ends within [from, until] (the clearance warning duty). */
  clearancesEnding(from: string, until: string) {
    return this.store.clearancesEnding(from, until);
  }

  /** Who vouches for the clearances of a state's accounts: its focal points (RSO administrators for RSO accounts). */
  async vouchersFor(state: string | null): Promise<string[]> {
    return (await this.store.vouchersFor(state)).map((v) => v.id);
  }
}
