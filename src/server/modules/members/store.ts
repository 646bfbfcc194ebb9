// SQL for members (states, territories, organisations) and their agencies.
import { type Db, sql } from '../../db/index.js';
import type { Member } from './schemas.js';

export class MembersStore {
  constructor(private readonly db: Db) {}

  list(filter: { q?: string; kind?: string; status?: string; subregion?: string }) {
    const where = [];
    if (filter.q) {
      const like = `%${filter.q.toLowerCase()}%`;
      where.push(sql`(lower(name) LIKE ${like} OR lower(code) = ${filter.q.toLowerCase()} OR lower(coalesce(iso2, '')) = ${filter.q.toLowerCase()})`);
    }
    if (filter.kind) where.push(sql`kind = ${filter.kind}`);
    if (filter.status) where.push(sql`status = ${filter.status}`);
    if (filter.subregion) where.push(sql`subregion = ${filter.subregion}`);
    return this.db.query<Member>(sql`SELECT code, name, iso2, kind, status, subregion, source FROM members WHERE ${sql.and(where)} ORDER BY name`);
  }

  async subregions(): Promise<string[]> {
    const rows = await this.db.query<{ subregion: string }>(sql`SELECT DISTINCT subregion FROM members WHERE subregion IS NOT NULL ORDER BY subregion`);
    return rows.map((r) => r.subregion);
  }

  get(code: string) {
    return this.db.one<Member>(sql`SELECT code, name, iso2, kind, status, subregion, source FROM members WHERE code = ${code}`);
  }

  organisationsOf(code: string) {
    return this.db.query<{ id: string; name: string; kind: string; demo: boolean }>(
      sql`SELECT id, name, kind, demo FROM organisations WHERE member_code = ${code} ORDER BY name`,
    );
  }

  groupsOf(code: string) {
    return this.db.query<{ code: string; name: string }>(
      sql`SELECT g.code, g.name FROM groups g JOIN group_members gm ON gm.group_code = g.code WHERE gm.member_code = ${code} ORDER BY g.name`,
    );
  }

  /** Which of these codes are not members (for validating references from other capabilities). */
  async unknownCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await this.db.query<{ code: string }>(sql`SELECT code FROM members WHERE code = ANY(${codes}::text[])`);
    const known = new Set(rows.map((r) => r.code));
    return [...new Set(codes)].filter((c) => !known.has(c));
  }
}
