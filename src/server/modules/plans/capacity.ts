// The kinds of capacity help (data/taxonomies.json, the same list capacity needs and offers use) a state may name as its
// needs when reporting progress.
import { taxonomy } from '../../taxonomies.js';

export function capacityKinds(): { id: string; label: string }[] {
  return taxonomy('capacity_help_kinds').map((k) => ({ id: k.id, label: k.label }));
}

export function capacityLabel(id: string): string {
  return capacityKinds().find((k) => k.id === id)?.label ?? id;
}
