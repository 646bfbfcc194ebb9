// SQL for working groups, their member states, co-chair nominations and rosters.

import type { Clearance } from '../../access/subject.js';
import { type Db, sql } from '../../db/index.js';

export interface GroupRow {
  code: string;
  name: string;
  description: string;
  kind: 'working_group' | 'grouping';
  terms_of_reference: string;
  required_clearance: Clearance;
  co_chair_max_years: number;
  established_on: string | null;
  demo: boolean;
  member_states: string[];
}

export interface RosterRow {
  id: string;
  group_code: string;
  status: 'proposed' | 'decided' | 'superseded';
  proposed_by: string | null;
  decided_at: string | null;
  decided_on: string | null;
  demo: boolean;
  created_at: Date;
  years: { year: number; memberCode: string; extensionAgreed: string | null }[];
}

const groupSelect = sql`
  SELECT g.code, g.name, g.description, g.kind, g.terms_of_reference, g.required_clearance, g.co_chair_max_years,
         g.established_on, g.demo,
         coalesce((SELECT array_agg(gm.member_code ORDER BY gm.member_code) FROM group_members gm WHERE gm.group_code = g.code), '{}') AS member_states
  FROM groups g`;

const rosterSelect = sql`
  SELECT r.*, coalesce((SELECT json_agg(json_build_object('year', y.year, 'memberCode', y.member_code, 'extensionAgreed', y.extension_agreed)
                                         ORDER BY y.year, y.member_code)
                        FROM group_co_chair_roster_years y WHERE y.roster_id = r.id), '[]') AS years
  FROM group_co_chair_rosters r`;

export class GroupsStore {
  constructor(private readonly db: Db) {}

  workingGroups() {
    return this.db.query<GroupRow>(sql`${groupSelect} WHERE g.kind = 'working_group' ORDER BY g.name`);
  }

  group(code: string) {
    return this.db.one<GroupRow>(sql`${groupSelect} WHERE g.code = ${code}`);
  }

  async insertGroup(g: {
    code: string;
    name: string;
    description: string;
    termsOfReference: string;
    requiredClearance: Clearance;
    coChairMaxYears: number;
    establishedOn: string | null;
    demo?: boolean;
  }) {
    await this.db.query(sql`
      INSERT INTO groups (code, name, description, kind, terms_of_reference, required_clearance, co_chair_max_years, established_on, demo)
      VALUES (${g.code}, ${g.name}, ${g.description}, 'working_group', ${g.termsOfReference}, ${g.requiredClearance}, ${g.coChairMaxYears}, ${g.establishedOn}, ${g.demo ?? false})`);
  }

  async updateGroup(code: string, patch: { name?: string; description?: string; termsOfReference?: string; requiredClearance?: Clearance }) {
    await this.db.query(sql`
      UPDATE groups SET name = coalesce(${patch.name ?? null}, name), description = coalesce(${patch.description ?? null}, description),
        terms_of_reference = coalesce(${patch.termsOfReference ?? null}, terms_of_reference),
        required_clearance = coalesce(${patch.requiredClearance ?? null}, required_clearance)
      WHERE code = ${code}`);
  }

  async addMember(code: string, member: string, joinedOn: string | null) {
    await this.db.query(
      sql`INSERT INTO group_members (group_code, member_code, joined_on) VALUES (${code}, ${member}, coalesce(${joinedOn}::date, current_date))`,
    );
  }

  async removeMember(code: string, member: string) {
    await this.db.query(sql`DELETE FROM group_members WHERE group_code = ${code} AND member_code = ${member}`);
  }

  memberKind(code: string) {
    return this.db.one<{ kind: string; status: string }>(sql`SELECT kind, status FROM members WHERE code = ${code}`);
  }

  nominations(code: string) {
    return this.db.query<{ id: string; member_code: string; for_year: number; note: string; demo: boolean; created_at: Date }>(
      sql`SELECT id, member_code, for_year, note, demo, created_at FROM group_co_chair_nominations WHERE group_code = ${code} ORDER BY for_year, created_at`,
    );
  }

  nominationExists(code: string, member: string, year: number) {
    return this.db.one(sql`SELECT 1 FROM group_co_chair_nominations WHERE group_code = ${code} AND member_code = ${member} AND for_year = ${year}`);
  }

  async insertNomination(n: { groupCode: string; memberCode: string; forYear: number; note: string; by: string | null; demo?: boolean }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_co_chair_nominations (group_code, member_code, for_year, note, nominated_by, demo)
      VALUES (${n.groupCode}, ${n.memberCode}, ${n.forYear}, ${n.note}, ${n.by}, ${n.demo ?? false}) RETURNING id`);
    return row!.id;
  }

  rosters(code: string) {
    return this.db.query<RosterRow>(sql`${rosterSelect} WHERE r.group_code = ${code} ORDER BY r.created_at DESC`);
  }

  roster(id: string) {
    return this.db.one<RosterRow>(sql`${rosterSelect} WHERE r.id = ${id}`);
  }

  /** Decided co-chairs per year: for each year, the latest decided roster that covers it. */
  decidedYears(code: string) {
    return this.db.query<{ year: number; member_code: string; extension_agreed: string | null; decided_at: string; decided_on: string }>(sql`
      WITH ranked AS (
        SELECT y.year, y.member_code, y.extension_agreed, r.decided_at, r.decided_on,
               dense_rank() OVER (PARTITION BY y.year ORDER BY r.decided_on DESC, r.created_at DESC, r.id) AS rk
        FROM group_co_chair_roster_years y JOIN group_co_chair_rosters r ON r.id = y.roster_id
        WHERE r.group_code = ${code} AND r.status = 'decided')
      SELECT year, member_code, extension_agreed, decided_at, decided_on FROM ranked WHERE rk = 1 ORDER BY year, member_code`);
  }

  async insertRoster(r: {
    groupCode: string;
    by: string | null;
    years: { year: number; memberCode: string; extensionAgreed: string | null }[];
    demo?: boolean;
  }) {
    const row = await this.db.one<{ id: string }>(sql`
      INSERT INTO group_co_chair_rosters (group_code, proposed_by, demo) VALUES (${r.groupCode}, ${r.by}, ${r.demo ?? false}) RETURNING id`);
    for (const y of r.years)
      await this.db.query(sql`INSERT INTO group_co_chair_roster_years (roster_id, year, member_code, extension_agreed)
                              VALUES (${row!.id}, ${y.year}, ${y.memberCode}, ${y.extensionAgreed})`);
    return row!.id;
  }

  async decideRoster(id: string, meeting: string, decidedOn: string) {
    await this.db.query(sql`UPDATE group_co_chair_rosters SET status = 'decided', decided_at = ${meeting}, decided_on = ${decidedOn} WHERE id = ${id}`);
  }
}
