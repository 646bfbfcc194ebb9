// Loads the real membership from data/members.csv (copied from the Bali Process's own list), idempotently.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../config.js';
import { type Db, sql } from '../../db/index.js';

export const MEMBERS_SOURCE =
  'Bali Process, "About the Bali Process" (45 Member States and 4 Member Organisations); codes from ISO 3166-1; sub-regions from UN M49';

const ORGANISATION_CODES: Record<string, string> = {
  'International Organization for Migration (IOM)': 'IOM',
  'Office of the United Nations High Commissioner for Refugees (UNHCR)': 'UNHCR',
  'United Nations Office on Drugs and Crime (UNODC)': 'UNODC',
  'International Labour Organization (ILO)': 'ILO',
};

export interface MemberRecord {
  code: string;
  name: string;
  iso2: string | null;
  kind: 'state' | 'territory' | 'organisation';
  status: 'member' | 'observer';
  subregion: string | null;
}

export function dataDir(): string {
  return path.resolve(projectRoot, process.env.PORTAL_REFERENCE_DATA ?? 'data');
}

export function readMembersCsv(file = path.join(dataDir(), 'members.csv')): MemberRecord[] {
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    const kind = row.kind as MemberRecord['kind'];
    if (!['state', 'territory', 'organisation'].includes(kind)) throw new Error(`${file}:${i + 2}: unknown kind "${row.kind}"`);
    const code = kind === 'organisation' ? ORGANISATION_CODES[row.name] : row.iso3;
    if (!code) throw new Error(`${file}:${i + 2}: no code for "${row.name}"`);
    return { code, name: row.name, iso2: row.iso2 || null, kind, status: 'member', subregion: row.subregion || null };
  });
}

/** Inserts or refreshes every member; never deletes (records elsewhere refer to members). */
export async function loadMembers(db: Db): Promise<number> {
  const members = readMembersCsv();
  await db.transaction(async () => {
    for (const m of members) {
      await db.query(sql`
        INSERT INTO members (code, name, iso2, kind, status, subregion, source)
        VALUES (${m.code}, ${m.name}, ${m.iso2}, ${m.kind}, ${m.status}, ${m.subregion}, ${MEMBERS_SOURCE})
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, iso2 = excluded.iso2, kind = excluded.kind,
          status = excluded.status, subregion = excluded.subregion, source = excluded.source`);
    }
    // The secretariat's own organisation, to which RSO accounts belong.
    await db.query(sql`
      INSERT INTO organisations (name, kind, member_code) SELECT 'Regional Support Office', 'rso', NULL
      WHERE NOT EXISTS (SELECT 1 FROM organisations WHERE kind = 'rso')`);
  });
  return members.length;
}
