// The kinds of capacity help (data/taxonomies.json, capacity_help_kinds): shared by needs and offers so they can be matched,
// and by the plans' progress reports that name a state's needs.
import { taxonomy } from '../../taxonomies.js';

export interface HelpKind {
  id: string;
  label: string;
}

export function helpKinds(): HelpKind[] {
  return taxonomy('capacity_help_kinds').map((k) => ({ id: k.id, label: k.label }));
}
