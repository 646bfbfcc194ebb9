// Who is asking: the facts about a signed-in user that every access decision is made from.
export const ROLES = ['admin', 'focal_point', 'officer', 'analyst', 'policy', 'coordinator', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = ['none', 'restricted', 'confidential', 'secret'] as const;
export type Clearance = (typeof CLEARANCES)[number];

export const CLASSIFICATIONS = ['public', 'members', 'restricted', 'confidential', 'secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export type OrganisationKind = 'state_agency' | 'international_org' | 'rso';

export interface Subject {
  userId: string;
  email: string;
  name: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  /** Member code of the user's state (ISO3) or organisation (IOM...); null for the RSO. */
  state: string | null;
  /** Whether the user's state or organisation is a full member (observers are not). */
  memberStatus: 'member' | 'observer' | 'secretariat';
  roles: Role[];
  clearance: Clearance;
  clearanceExpires: string | null;
  /** Codes of the groups the user's state belongs to. */
  groups: string[];
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Clearance in force today: an expired (or undated) clearance counts as none. */
export function effectiveClearance(subject: Pick<Subject, 'clearance' | 'clearanceExpires'>, now: Date = new Date()): Clearance {
  if (subject.clearance === 'none') return 'none';
  if (!subject.clearanceExpires || subject.clearanceExpires < today(now)) return 'none';
  return subject.clearance;
}

export function clearanceRank(c: Clearance): number {
  return CLEARANCES.indexOf(c);
}

/** The classifications a clearance opens beyond 'members': restricted, confidential, secret. */
export function clearedClassifications(c: Clearance): Classification[] {
  return (['restricted', 'confidential', 'secret'] as const).filter((cls) => clearanceRank(cls) <= clearanceRank(c));
}

export function hasRole(subject: Subject, ...roles: Role[]): boolean {
  return subject.roles.some((r) => roles.includes(r));
}

/** Accounts that must use a second factor: any clearance above none, and administrators. */
export function requiresMfa(user: { clearance: Clearance; roles: Role[] }): boolean {
  return user.clearance !== 'none' || user.roles.includes('admin');
}
