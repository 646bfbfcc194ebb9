// Every sentence the server says (errors, reasons, notices, PDF and XLSX words) exists in English, Bahasa Indonesia and
// Thai, none empty; every taxonomy of data/taxonomies.json is a vocabulary the app and the exports read; every reason
// code the scorer sends has its words in the app's three catalogues.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import taxonomies from '../../../data/taxonomies.json' with { type: 'json' };
import { networksI18n } from '../../web/features/networks/i18n.js';
import { reasonCodes } from '../modules/networks/matching/reasons.js';
import { CATALOGUES } from './text.js';
import { VOCABULARIES } from './vocabulary.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** The server's source files that declare sentences with messages(...). */
function filesWithMessages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesWithMessages(path);
    if (!/\.ts$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    return /\bmessages\(\s*['`]/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const files = filesWithMessages(serverDir);
await Promise.all(files.map((f) => import(f)));

describe('server sentences', () => {
  it('are found in every module that declares them', () => {
    expect(files.map((f) => relative(serverDir, f))).toContain(join('modules', 'surveys', 'messages.ts'));
    expect([...CATALOGUES.keys()]).toEqual(expect.arrayContaining(['common', 'capacity', 'documents', 'groups.coChairs', 'legislation.exports', 'surveys']));
  });

  it.each([...CATALOGUES.keys()])('%s says everything in Bahasa Indonesia and Thai, none empty', (namespace) => {
    const catalogue = CATALOGUES.get(namespace)!;
    const en = new Map(leaves(catalogue.en));
    for (const lang of ['id', 'th'] as const) {
      const other = new Map(leaves(catalogue[lang]));
      expect([...en.keys()].filter((k) => !other.has(k) && !/_(zero|one|two|few|many)$/.test(k))).toEqual([]);
      expect([...other.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    }
  });
});

describe('data/taxonomies.json', () => {
  const lists = Object.entries(taxonomies)
    .filter(([, v]) => typeof v === 'object' && v !== null && 'items' in v)
    .map(([name]) => name);

  it('has each taxonomy read as a vocabulary, item for item', () => {
    const read = new Set(Object.values(VOCABULARIES).map((v) => JSON.stringify(Object.keys(v.en).sort())));
    for (const name of lists) {
      const taxonomy = (taxonomies as unknown as Record<string, { items: { id: string; children?: { id: string }[] }[] }>)[name];
      const ids = taxonomy.items.flatMap((i) => [i.id, ...(i.children ?? []).map((c) => c.id)]).sort();
      expect(read.has(JSON.stringify(ids)), `${name} is not in VOCABULARIES`).toBe(true);
    }
  });
});

describe('matching reasons', () => {
  it('has words for every code the scorer sends, in the three languages', () => {
    for (const lang of ['en', 'id', 'th'] as const) {
      const words = new Map(leaves((networksI18n[lang] as { matching: { reason: unknown } }).matching.reason));
      expect(reasonCodes.filter((code) => !words.get(code)?.trim())).toEqual([]);
    }
  });
});
