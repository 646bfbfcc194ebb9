// Loads the standards catalogue (data/standards.json, version 1) and, when they have arrived, the real
// treaty status (data/treaties.csv) and national laws (data/laws.csv), idempotently and with line-numbered errors.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql, type Db } from '../../db/index.js';
import { dataDir } from '../members/reference.js';
import { catalogueBody, isoDate, LAW_TOPICS, TREATIES, type CatalogueInput } from './schemas.js';

export const TREATY_ACTIONS = ['signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;

/** Inserts one catalogue version; a version already loaded is left as it is (versions are immutable). */
export async function loadCatalogue(db: Db, raw: unknown): Promise<{ version: number; inserted: boolean }> {
  const c: CatalogueInput = catalogueBody.parse(raw);
  return db.transaction(async () => {
    const exists = await db.one(sql`SELECT 1 FROM legislation_catalogues WHERE version = ${c.version}`);
    if (exists) return { version: c.version, inserted: false };
    const content = { groups: c.groups, statuses: (raw as { statuses?: unknown }).statuses ?? [], notes: (raw as { notes?: unknown }).notes ?? [] };
    await db.query(sql`INSERT INTO legislation_catalogues (version, catalogue, source, about, content)
      VALUES (${c.version}, ${c.catalogue}, ${c.source}, ${c.about ?? ''}, ${JSON.stringify(content)}::jsonb)`);
    for (const [i, s] of c.standards.entries()) {
      await db.query(sql`INSERT INTO legislation_standards
        (catalogue_version, id, group_id, title, text, seed, untoc, parent, indicator_tags, assessable, position)
        VALUES (${c.version}, ${s.id}, ${s.group}, ${s.title}, ${s.text}, ${JSON.stringify(s.seed)}::jsonb, ${JSON.stringify(s.untoc)}::jsonb,
          ${s.parent ?? null}, ${s.indicator ?? []}::text[], ${s.assessable ?? true}, ${i})`);
    }
    for (const [i, ind] of c.indicators.entries()) {
      await db.query(sql`INSERT INTO legislation_indicators (catalogue_version, id, wording, reported_in_seed, computation, position)
        VALUES (${c.version}, ${ind.id}, ${ind.wording}, ${ind.reported_in_seed ?? null}, ${JSON.stringify(ind.computation)}::jsonb, ${i})`);
    }
    return { version: c.version, inserted: true };
  });
}

export class ImportError extends Error {
  constructor(readonly file: string, readonly line: number, reason: string) {
    super(`${path.basename(file)}:${line}: ${reason}`);
  }
}

function readCsv(file: string, columns: string[]): { rows: Record<string, string>[]; sha256: string } {
  const body = fs.readFileSync(file, 'utf8');
  const rows = parse(body, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const missing = columns.filter((c) => rows.length && !header.includes(c));
  if (missing.length) throw new ImportError(file, 1, `missing columns: ${missing.join(', ')}`);
  return { rows, sha256: createHash('sha256').update(body).digest('hex') };
}

async function memberCodes(db: Db): Promise<Set<string>> {
  return new Set((await db.query<{ code: string }>(sql`SELECT code FROM members WHERE kind IN ('state', 'territory')`)).map((r) => r.code));
}

/** data/treaties.csv: iso3,instrument,action,date,source. Replaces what an earlier import of the file said. */
export async function importTreaties(db: Db, file: string): Promise<number> {
  const { rows, sha256 } = readCsv(file, ['iso3', 'instrument', 'action', 'date', 'source']);
  const codes = await memberCodes(db);
  rows.forEach((r, i) => {
    const line = i + 2;
    if (!codes.has(r.iso3)) throw new ImportError(file, line, `iso3 "${r.iso3}" is not a member state in members.csv`);
    if (!(TREATIES as readonly string[]).includes(r.instrument)) throw new ImportError(file, line, `instrument "${r.instrument}" is not UNTOC, TIP or SOM`);
    if (!(TREATY_ACTIONS as readonly string[]).includes(r.action)) throw new ImportError(file, line, `action "${r.action}" is not one of ${TREATY_ACTIONS.join(', ')}`);
    if (!isoDate.safeParse(r.date).success) throw new ImportError(file, line, `date "${r.date}" is not a real YYYY-MM-DD date`);
    if (!r.source) throw new ImportError(file, line, 'source is empty: every treaty date must cite its source');
  });
  await db.transaction(async () => {
    await db.query(sql`DELETE FROM treaty_actions`);
    for (const r of rows)
      await db.query(sql`INSERT INTO treaty_actions (state, instrument, action, date, source)
        VALUES (${r.iso3}, ${r.instrument}, ${r.action}, ${r.date}, ${r.source})
        ON CONFLICT (state, instrument, action) DO UPDATE SET date = excluded.date, source = excluded.source`);
    await recordLoad(db, 'treaties.csv', rows.length, sha256);
  });
  return rows.length;
}

/** data/laws.csv: iso3,title,year,citation,topic,source. Imported laws carry their source and no author. */
export async function importLaws(db: Db, file: string): Promise<number> {
  const { rows, sha256 } = readCsv(file, ['iso3', 'title', 'year', 'citation', 'topic', 'source']);
  const codes = await memberCodes(db);
  rows.forEach((r, i) => {
    const line = i + 2;
    if (!codes.has(r.iso3)) throw new ImportError(file, line, `iso3 "${r.iso3}" is not a member state in members.csv`);
    if (!r.title) throw new ImportError(file, line, 'title is empty');
    if (r.year && !/^\d{4}$/.test(r.year)) throw new ImportError(file, line, `year "${r.year}" is not a year`);
    if (!(LAW_TOPICS as readonly string[]).includes(r.topic)) throw new ImportError(file, line, `topic "${r.topic}" is not one of ${LAW_TOPICS.join(', ')}`);
    if (!r.source) throw new ImportError(file, line, 'source is empty: every law must cite its source');
  });
  await db.transaction(async () => {
    for (const r of rows) {
      // The file gives no status: a law listed there is recorded as enacted (in force) and focal points correct it.
      await db.query(sql`INSERT INTO legal_instruments (state, kind, title, citation, year, status, topic, source)
        VALUES (${r.iso3}, 'act', ${r.title}, ${r.citation}, ${r.year ? Number(r.year) : null}, 'in_force', ${r.topic}, ${r.source})
        ON CONFLICT (state, title, coalesce(citation, '')) WHERE source IS NOT NULL AND created_by IS NULL
        DO UPDATE SET year = excluded.year, topic = excluded.topic, source = excluded.source`);
    }
    await recordLoad(db, 'laws.csv', rows.length, sha256);
  });
  return rows.length;
}

async function recordLoad(db: Db, file: string, rows: number, sha256: string) {
  await db.query(sql`INSERT INTO legislation_reference_loads (file, rows, sha256) VALUES (${file}, ${rows}, ${sha256})
    ON CONFLICT (file) DO UPDATE SET rows = excluded.rows, sha256 = excluded.sha256, loaded_at = now()`);
}

/** The reference loader: catalogue v1 always; treaties and laws only when their files are present and changed. */
export async function loadLegislationReference(db: Db): Promise<void> {
  const dir = dataDir();
  await loadCatalogue(db, JSON.parse(fs.readFileSync(path.join(dir, 'standards.json'), 'utf8')));
  for (const [name, importer] of [['treaties.csv', importTreaties], ['laws.csv', importLaws]] as const) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const loaded = await db.one<{ sha256: string }>(sql`SELECT sha256 FROM legislation_reference_loads WHERE file = ${name}`);
    if (loaded?.sha256 !== sha) await importer(db, file);
  }
}
