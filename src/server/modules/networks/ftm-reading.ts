// How the portal reads an FtM entity through the model: the kind it shows as, the role of an edge, the links its
// entity-valued properties imply, and the names, identifiers and caption search and matching use.

import { namesOf, normaliseRole, type Properties, type StoredKind } from './ftm.js';
import { isA, type SchemaSpec, valuesOfTypes } from './ftm-model.js';

/** The portal kind of an FtM schema: a special view where the portal has one, `other` for the rest of the model. */
export function kindOf(schema: SchemaSpec, props: Properties): StoredKind {
  if (isA(schema, 'Person')) return 'person';
  if (isA(schema, 'Vessel')) return 'vessel';
  if (isA(schema, 'Vehicle')) return 'vehicle';
  if (isA(schema, 'LegalEntity')) return 'organisation';
  if (isA(schema, 'Identification')) return 'document';
  if (isA(schema, 'UserAccount'))
    return (props.service ?? []).some((s) => /mail/i.test(s)) || (!props.number?.length && props.email?.length) ? 'email' : 'phone';
  if (isA(schema, 'BankAccount')) return 'bank_account';
  if (isA(schema, 'Address')) return 'place';
  if (isA(schema, 'Sanction')) return 'sanction';
  if (isA(schema, 'Event')) {
    const keywords = props.keywords ?? [];
    if (keywords.includes('bali:route')) return 'route';
    if (keywords.includes('bali:route-leg')) return 'leg';
    return 'event';
  }
  return 'other';
}

/** Roles of the FtM edge schemata in the portal's words (the ones its analysis counts); any other edge takes its FtM label. */
const edgeRoles: Record<string, string> = {
  Ownership: 'owns',
  Directorship: 'leads',
  Membership: 'member_of',
  Associate: 'associate_of',
  Family: 'family_of',
  Employment: 'works_for',
  Payment: 'pays',
  Occupancy: 'holds',
};

export function roleOfEdge(schema: SchemaSpec, props: Properties): string {
  if (schema.name === 'UnknownLink') {
    const given = props.role?.[0];
    return given ? normaliseRole(given).slice(0, 80) : 'linked_to';
  }
  for (const name of schema.lineage) if (edgeRoles[name]) return edgeRoles[name];
  return normaliseRole(schema.edge?.label ?? schema.name);
}

/** An ownership's percentage ("49", "49.5 %", "0,5") as a number from 0 to 100, or null. */
export function weightOf(schema: SchemaSpec, props: Properties): number | null {
  if (!isA(schema, 'Ownership')) return null;
  const raw = props.percentage?.[0];
  if (!raw) return null;
  const value = Number(raw.replace('%', '').replace(',', '.').trim());
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

export interface ImpliedLink {
  property: string;
  source: string;
  target: string;
  role: string;
}

/**
 * How an entity-valued property reads as a link: from whom to whom and in which role. A passport's holder holds it, a
 * sanction targets its entity (a badge, not a node), an address is where an entity is; any other property points
 * from the entity to what it names, in the property's own name.
 */
const impliedRoles: Record<string, { role: string; fromReference: boolean }> = {
  holder: { role: 'holds', fromReference: true },
  involved: { role: 'involved_in', fromReference: true },
  organizer: { role: 'leads', fromReference: true },
  operator: { role: 'operates', fromReference: true },
  addressEntity: { role: 'located_at', fromReference: false },
};

export function impliedLinksOf(id: string, schema: SchemaSpec, props: Properties): ImpliedLink[] {
  if (schema.edge) return [];
  const links: ImpliedLink[] = [];
  for (const [name, values] of Object.entries(props)) {
    const spec = schema.properties.get(name);
    if (!spec || spec.type !== 'entity' || spec.stub) continue;
    let rule = impliedRoles[name];
    if (name === 'entity' && isA(schema, 'Sanction')) rule = { role: 'sanctions', fromReference: false };
    if (name === 'owner') rule = isA(schema, 'UserAccount') ? { role: 'uses', fromReference: true } : { role: 'owns', fromReference: true };
    const { role, fromReference } = rule ?? { role: normaliseRole(name.replace(/([a-z])([A-Z])/g, '$1_$2')), fromReference: false };
    for (const ref of new Set(values)) {
      if (ref === id) continue;
      links.push(fromReference ? { property: name, source: ref, target: id, role } : { property: name, source: id, target: ref, role });
    }
  }
  return links;
}

const identifierTypes = new Set(['identifier', 'phone', 'email', 'iban']);

/** Numbers that identify an entity across reports: every value of an identifier, phone, e-mail or IBAN property. */
export function identifiersOf(schema: SchemaSpec, props: Properties): string[] {
  return [
    ...new Set(
      valuesOfTypes(schema, props, identifierTypes)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** The caption FtM would show: the first of the schema's caption properties that has a value. */
export function captionOf(schema: SchemaSpec, props: Properties, names: string[], identifiers: string[]): string {
  for (const prop of schema.caption) {
    const value = props[prop]?.find((v) => v.trim());
    if (value) return value.trim().slice(0, 1000);
  }
  return names[0] ?? identifiers[0] ?? props.full?.[0] ?? props.summary?.[0] ?? schema.label;
}

/** Lower case without accents, for search: "Müller" is found by "muller". */
export function foldForSearch(text: string): string {
  // Most names of most files are plain ASCII: nothing to decompose (a measurable share of an import's time otherwise).
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** What token search looks in: caption, names, identifiers and the id, folded. */
export function searchTextOf(id: string, caption: string, names: string[], identifiers: string[]): string {
  return foldForSearch([caption, ...names, ...identifiers, id].join(' '));
}

export { namesOf };
