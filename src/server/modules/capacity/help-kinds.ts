// The kinds of capacity help (data/taxonomies.json, capacity_help_kinds): shared by needs and offers so they can be matched.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../members/reference.js';

export interface HelpKind { id: string; label: string }

let cached: HelpKind[] | null = null;
export function helpKinds(): HelpKind[] {
  if (!cached) {
    const taxonomies = JSON.parse(fs.readFileSync(path.join(dataDir(), 'taxonomies.json'), 'utf8')) as { capacity_help_kinds: { items: HelpKind[] } };
    cached = taxonomies.capacity_help_kinds.items.map((k) => ({ id: k.id, label: k.label }));
  }
  return cached;
}
