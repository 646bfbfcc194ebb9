// The kinds of capacity help (data/taxonomies.json) a state may name as its needs when reporting progress.
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../members/reference.js';

let cached: { id: string; label: string }[] | null = null;

export function capacityKinds(): { id: string; label: string }[] {
  if (!cached) {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir(), 'taxonomies.json'), 'utf8')) as { capacity_help_kinds: { items: { id: string; label: string }[] } };
    cached = raw.capacity_help_kinds.items.map((k) => ({ id: k.id, label: k.label }));
  }
  return cached;
}

export function capacityLabel(id: string): string {
  return capacityKinds().find((k) => k.id === id)?.label ?? id;
}
