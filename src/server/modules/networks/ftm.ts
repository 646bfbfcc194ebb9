// The FollowTheMoney mapping: which FtM schema each kind of entity and each link role travels as, and back.
// FtM has no Phone, Email, Route or Leg schema; see docs/networks-ftm-mapping.md for the documented choices.

export const ENTITY_KINDS = ['person', 'organisation', 'vessel', 'vehicle', 'document', 'phone', 'email', 'bank_account', 'place', 'event', 'route', 'leg'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const LINK_ROLES = [
  'leads', 'recruits', 'transports', 'forges_documents_for', 'finances', 'pays', 'harbours', 'travels_with', 'communicates_with',
  'member_of', 'holds', 'uses', 'owns', 'involved_in', 'associate_of',
] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** FtM schemata read as entities, and the kind each becomes. */
const entitySchemata: Record<string, EntityKind> = {
  Person: 'person', Organization: 'organisation', Company: 'organisation', LegalEntity: 'organisation', PublicBody: 'organisation',
  Vessel: 'vessel', Vehicle: 'vehicle', Airplane: 'vehicle', Passport: 'document', Identification: 'document',
  UserAccount: 'phone', BankAccount: 'bank_account', Address: 'place', Event: 'event',
};

/** FtM interval schemata read as links: which property is the source, which the target, and where the role is. */
const linkSchemata: Record<string, { source: string; target: string; roleProp?: string; role: LinkRole | null }> = {
  UnknownLink: { source: 'subject', target: 'object', roleProp: 'role', role: null },
  Membership: { source: 'member', target: 'organization', role: 'member_of' },
  Payment: { source: 'payer', target: 'beneficiary', roleProp: 'purpose', role: 'pays' },
  Associate: { source: 'person', target: 'associate', roleProp: 'relationship', role: 'associate_of' },
  Family: { source: 'person', target: 'relative', role: 'associate_of' },
  Ownership: { source: 'owner', target: 'asset', role: 'owns' },
  Directorship: { source: 'director', target: 'organization', role: 'leads' },
  Employment: { source: 'employer', target: 'employee', role: 'recruits' },
};

/** Entity-valued properties that FtM keeps on the entity itself; stored here as links. */
const referenceProps: Record<string, { role: LinkRole; fromRef: boolean }> = {
  holder: { role: 'holds', fromRef: true },
  owner: { role: 'uses', fromRef: true },
  involved: { role: 'involved_in', fromRef: true },
  organizer: { role: 'leads', fromRef: true },
};

export function isKnownSchema(schema: string): boolean {
  return schema in entitySchemata || schema in linkSchemata;
}
export function isLinkSchema(schema: string): boolean {
  return schema in linkSchemata;
}

export type Properties = Record<string, string[]>;

/** The kind an FtM entity becomes (events carry a keyword when they are routes or legs; accounts by service). */
export function kindOf(schema: string, props: Properties): EntityKind {
  const kind = entitySchemata[schema];
  const keywords = props.keywords ?? [];
  if (kind === 'event' && keywords.includes('bali:route')) return 'route';
  if (kind === 'event' && keywords.includes('bali:route-leg')) return 'leg';
  if (kind === 'phone') return (props.service ?? []).some((s) => /mail/i.test(s)) || (!props.number?.length && props.email?.length) ? 'email' : 'phone';
  return kind;
}

/** The FtM schema a kind travels as. */
export function schemaOfKind(kind: EntityKind, documentType?: string): string {
  switch (kind) {
    case 'person': return 'Person';
    case 'organisation': return 'Organization';
    case 'vessel': return 'Vessel';
    case 'vehicle': return 'Vehicle';
    case 'document': return documentType === 'passport' ? 'Passport' : 'Identification';
    case 'phone': case 'email': return 'UserAccount';
    case 'bank_account': return 'BankAccount';
    case 'place': return 'Address';
    default: return 'Event';
  }
}

export function normaliseRole(role: string): string {
  return role.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export interface LinkShape {
  source: string;
  target: string;
  role: string;
}

/** Source, target and role of an FtM interval entity, or an error message. */
export function linkOf(schema: string, props: Properties): LinkShape | string {
  const spec = linkSchemata[schema];
  const source = props[spec.source]?.[0];
  const target = props[spec.target]?.[0];
  if (!source || !target) return `${schema} needs both ${spec.source} and ${spec.target}`;
  const given = spec.roleProp ? props[spec.roleProp]?.[0] : undefined;
  const role = given ? normaliseRole(given) : spec.role ?? 'associate_of';
  return { source, target, role };
}

/** Links implied by entity-valued properties (a passport's holder, an account's owner, an event's parties). */
export function referenceLinksOf(id: string, props: Properties): LinkShape[] {
  const links: LinkShape[] = [];
  for (const [prop, spec] of Object.entries(referenceProps))
    for (const ref of props[prop] ?? []) links.push(spec.fromRef ? { source: ref, target: id, role: spec.role } : { source: id, target: ref, role: spec.role });
  return links;
}

/** The FtM entity a link travels as. */
export function linkToFtm(link: { id: string; role: string; sourceId: string; targetId: string; startDate: string | null; endDate: string | null; properties: Properties }) {
  const dates = { ...(link.startDate ? { startDate: [link.startDate] } : {}), ...(link.endDate ? { endDate: [link.endDate] } : {}) };
  const rest = { ...link.properties, ...dates };
  if (link.role === 'member_of') return { id: link.id, schema: 'Membership', properties: { ...rest, member: [link.sourceId], organization: [link.targetId] } };
  if (link.role === 'pays' || link.role === 'finances')
    return { id: link.id, schema: 'Payment', properties: { ...rest, payer: [link.sourceId], beneficiary: [link.targetId], purpose: [link.role] } };
  return { id: link.id, schema: 'UnknownLink', properties: { ...rest, subject: [link.sourceId], object: [link.targetId], role: [link.role] } };
}

export function namesOf(props: Properties): string[] {
  const names = [...(props.name ?? []), ...(props.alias ?? []), ...(props.weakAlias ?? []), ...(props.previousName ?? [])];
  const full = [props.firstName?.[0], props.lastName?.[0]].filter(Boolean).join(' ');
  if (full && !names.includes(full)) names.push(full);
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** Numbers that identify an entity across reports: documents, phones, IMO/MMSI, e-mails, accounts, registrations. */
export function identifiersOf(props: Properties): string[] {
  const keys = ['number', 'passportNumber', 'idNumber', 'imoNumber', 'mmsi', 'email', 'phone', 'iban', 'accountNumber', 'registrationNumber', 'callSign'];
  return [...new Set(keys.flatMap((k) => props[k] ?? []).map((v) => v.trim()).filter(Boolean))];
}

export function captionOf(kind: EntityKind, props: Properties, id: string): string {
  return namesOf(props)[0] ?? identifiersOf(props)[0] ?? props.full?.[0] ?? props.summary?.[0] ?? `${kind} ${id}`;
}
