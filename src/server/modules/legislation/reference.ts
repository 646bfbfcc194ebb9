// Loads the standards catalogue (data/standards.json, version 1) and the real treaty status and national laws
// (data/treaties.csv, treaties-later.csv, laws.csv) at start, idempotently; each import is checked row by row.
import fs from 'node:fs';
import path from 'node:path';
import { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { dataDir } from '../members/reference.js';
import { REFERENCE_FILES } from './reference-files.js';
import { ReferenceImporter, type SnapshotInput } from './reference-import.js';
import { type CatalogueInput, catalogueBody } from './schemas.js';

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

/** data/treaty-snapshot.json: the date up to which the shipped treaties.csv is complete for every member, and whence. */
export function shippedSnapshot(dir = dataDir()): SnapshotInput {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'treaty-snapshot.json'), 'utf8')) as { snapshot?: string; label?: string; source?: string };
  if (!raw.snapshot || !raw.label || !raw.source) throw new Error('data/treaty-snapshot.json: snapshot, label and source are all required');
  return { date: raw.snapshot, label: raw.label, source: raw.source };
}

/** The reference loader: catalogue v1 always; each reference file when the portal ships a version not loaded before. */
export async function loadLegislationReference(db: Db): Promise<void> {
  const dir = dataDir();
  await loadCatalogue(db, JSON.parse(fs.readFileSync(path.join(dir, 'standards.json'), 'utf8')));
  const importer = new ReferenceImporter(db, new AuditLog(db));
  for (const file of REFERENCE_FILES) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    await importer.loadShipped(file, fs.readFileSync(full, 'utf8'), file === 'treaties.csv' ? shippedSnapshot(dir) : {});
  }
}
