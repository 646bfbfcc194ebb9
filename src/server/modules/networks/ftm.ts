// The portal's words for FollowTheMoney records: the kinds it has special views for, the link roles its forms offer, and
// how a record made in the portal travels as FtM. No model import here: the web app reads these lists too.
// The FtM model itself (every schema, property type and edge) comes from the FtM library: see ftm-model.ts.

export const ENTITY_KINDS = [
  'person',
  'organisation',
  'vessel',
  'vehicle',
  'document',
  'phone',
  'email',
  'bank_account',
  'place',
  'event',
  'route',
  'leg',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** Every kind a stored entity can have: the ones a form records, sanctions (a badge on their entity), and `other` for any
 * FtM schema the portal has no special view for (kept whole, searchable, shown with its properties, exported unchanged). */
export const ALL_KINDS = [...ENTITY_KINDS, 'sanction', 'other'] as const;
export type StoredKind = (typeof ALL_KINDS)[number];

export const LINK_ROLES = [
  'leads',
  'recruits',
  'transports',
  'forges_documents_for',
  'finances',
  'pays',
  'harbours',
  'travels_with',
  'communicates_with',
  'member_of',
  'holds',
  'uses',
  'owns',
  'involved_in',
  'associate_of',
] as const;
/** Roles read from FtM files beside the ones a form offers (FtM edge schemata, entity-valued properties). */
export const FTM_ROLES = ['family_of', 'works_for', 'sanctions', 'located_at', 'operates', 'linked_to'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export type Properties = Record<string, string[]>;

/** The FtM schema a kind travels as. */
export function schemaOfKind(kind: EntityKind, documentType?: string): string {
  switch (kind) {
    case 'person':
      return 'Person';
    case 'organisation':
      return 'Organization';
    case 'vessel':
      return 'Vessel';
    case 'vehicle':
      return 'Vehicle';
    case 'document':
      return documentType === 'passport' ? 'Passport' : 'Identification';
    case 'phone':
    case 'email':
      return 'UserAccount';
    case 'bank_account':
      return 'BankAccount';
    case 'place':
      return 'Address';
    default:
      return 'Event';
  }
}

export function normaliseRole(role: string): string {
  return role
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The FtM entity a link travels as. */
export function linkToFtm(link: {
  id: string;
  role: string;
  sourceId: string;
  targetId: string;
  startDate: string | null;
  endDate: string | null;
  properties: Properties;
}) {
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
