// The members directory: the real membership, searchable, and each member's agencies and groups.

import type { AuditLog } from '../../audit/log.js';
import type { Db } from '../../db/index.js';
import { Invalid, NotFound } from '../../errors.js';
import { say } from './messages.js';
import { MembersStore } from './store.js';

export class MembersService {
  readonly store: MembersStore;
  constructor(db: Db, _audit: AuditLog) {
    this.store = new MembersStore(db);
  }

  async directory(filter: { q?: string; kind?: string; status?: string; subregion?: string }) {
    const [members, subregions] = await Promise.all([this.store.list(filter), this.store.subregions()]);
    return { members, total: members.length, subregions };
  }

  async detail(code: string) {
    const member = await this.store.get(code);
    if (!member) throw new NotFound(`member ${code}`);
    const [organisations, groups] = await Promise.all([this.store.organisationsOf(code), this.store.groupsOf(code)]);
    return { member, organisations, groups };
  }

  /** Throws a 400 naming the field when any code is not a member; other capabilities call this. */
  async requireMembers(field: string, codes: string[]): Promise<void> {
    const unknown = await this.store.unknownCodes(codes);
    if (unknown.length) throw new Invalid(field, say('notMembers', { codes: unknown.join(', ') }), { unknown });
  }
}
