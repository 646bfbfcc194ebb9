// Route-level permissions, all of them in one table: which roles (and clearance) may attempt an operation at all.
// Deny by default. Routes name a `Permission.X` constant; record-level rules (classification, releasability, state,
// workflow) then apply in the other files of access/. The session answer lists the names allowed to its user.
import { type Clearance, clearanceRank, effectiveClearance, hasRole, type Role, type Subject } from './subject.js';

export interface PermissionRule {
  roles: readonly Role[] | 'any';
  /** Minimum clearance in force today. */
  clearance?: Clearance;
  /** Observers (users of observer states or organisations) are refused unless this is true. */
  observers?: boolean;
}

/** Officers, analysts and focal points: the roles that handle intelligence (with a clearance in force). */
export const INTEL_ROLES = ['officer', 'analyst', 'focal_point'] as const;
const NETWORKS_WORKBENCH = ['analyst', 'officer', 'focal_point'] as const;

/** Every permission's name, Immich-style: routes and checks say `Permission.AgreementsWrite`, never a string. */
export const Permission = {
  MembersRead: 'members.read',
  UsersRead: 'users.read',
  UsersManage: 'users.manage',
  OrganisationsManage: 'organisations.manage',
  AuditRead: 'audit.read',
  JobsManage: 'jobs.manage',
  AgreementsRead: 'agreements.read',
  AgreementsWrite: 'agreements.write',
  AgreementsCheck: 'agreements.check',
  AlertsRead: 'alerts.read',
  AlertsWrite: 'alerts.write',
  CapacityRead: 'capacity.read',
  CapacityWrite: 'capacity.write',
  CapacityNeedsKeep: 'capacity.needs.keep',
  CapacityOffersKeep: 'capacity.offers.keep',
  DirectoryRead: 'directory.read',
  DocumentsCheck: 'documents.check',
  DocumentsRecord: 'documents.record',
  DocumentsRead: 'documents.read',
  DocumentsSettings: 'documents.settings',
  DirectoryWrite: 'directory.write',
  FlowsContribute: 'flows.contribute',
  FlowsAggregates: 'flows.aggregates',
  FlowsManage: 'flows.manage',
  FlowsSubmit: 'flows.submit',
  GroupsRead: 'groups.read',
  GroupsManage: 'groups.manage',
  GroupsCoChairsNominate: 'groups.co_chairs.nominate',
  GroupsCoChairsPropose: 'groups.co_chairs.propose',
  GroupsCoChairsDecide: 'groups.co_chairs.decide',
  GroupsMeetingsRead: 'groups.meetings.read',
  GroupsMeetingsConvene: 'groups.meetings.convene',
  GroupsMeetingsRecord: 'groups.meetings.record',
  GroupsReportsRead: 'groups.reports.read',
  GroupsStatementsDraft: 'groups.statements.draft',
  GroupsStatementsApprove: 'groups.statements.approve',
  GroupsStatementsPublish: 'groups.statements.publish',
  IdentityDesignationsRead: 'identity.designations.read',
  IdentityDesignationsWrite: 'identity.designations.write',
  IntelRead: 'intel.read',
  IntelWrite: 'intel.write',
  LegislationRead: 'legislation.read',
  LegislationInstrumentsWrite: 'legislation.instruments.write',
  LegislationAssessmentsDraft: 'legislation.assessments.draft',
  LegislationAssessmentsSubmit: 'legislation.assessments.submit',
  LegislationAssessmentsValidate: 'legislation.assessments.validate',
  LegislationCooperationWrite: 'legislation.cooperation.write',
  LegislationCatalogueManage: 'legislation.catalogue.manage',
  LegislationInstrumentsConfirm: 'legislation.instruments.confirm',
  LegislationTreatiesRecord: 'legislation.treaties.record',
  LegislationTreatiesValidate: 'legislation.treaties.validate',
  LegislationReferenceImport: 'legislation.reference.import',
  NetworksRead: 'networks.read',
  NetworksWrite: 'networks.write',
  NetworksMatch: 'networks.match',
  NotificationsRead: 'notifications.read',
  NotificationsWebhook: 'notifications.webhook',
  PlansRead: 'plans.read',
  PlansReport: 'plans.report',
  PlansCoordinate: 'plans.coordinate',
  PlansManage: 'plans.manage',
  SurveysRead: 'surveys.read',
  SurveysManage: 'surveys.manage',
  SurveysAnswer: 'surveys.answer',
  SurveysSpeak: 'surveys.speak',
  VerificationsRead: 'verifications.read',
  VerificationsWrite: 'verifications.write',
  VerificationsDashboard: 'verifications.dashboard',
  VictimsRead: 'victims.read',
  VictimsWrite: 'victims.write',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];
export const PERMISSIONS = Object.values(Permission) as [Permission, ...Permission[]];

/** Who may attempt each operation. A permission without a rule does not type-check. */
const RULES: Record<Permission, PermissionRule> = {
  'members.read': { roles: 'any', observers: true },
  'users.read': { roles: ['admin', 'focal_point'] },
  'users.manage': { roles: ['admin', 'focal_point'] },
  'organisations.manage': { roles: ['admin'] },
  'audit.read': { roles: ['admin'] },
  // The job runner's duties, next runs and failures; run now and run again (RSO administrators run the platform).
  'jobs.manage': { roles: ['admin'] },

  'agreements.read': { roles: 'any' },
  'agreements.write': { roles: ['admin', 'focal_point'] },
  'agreements.check': { roles: 'any' },

  // Alerts are operational intelligence: policy users, coordinators and the RSO admin see none.
  'alerts.read': { roles: INTEL_ROLES, clearance: 'restricted' },
  'alerts.write': { roles: INTEL_ROLES, clearance: 'restricted' },

  'capacity.read': { roles: 'any' },
  'capacity.write': { roles: ['focal_point', 'policy', 'coordinator'] },
  /** Record and update the needs of one's own state (access/capacity.ts adds the state). */
  'capacity.needs.keep': { roles: ['focal_point', 'policy'] },
  /** Record offers for one's own member, state or organisation (access/capacity.ts adds the member). */
  'capacity.offers.keep': { roles: ['focal_point', 'policy', 'coordinator'] },

  'directory.read': { roles: 'any' },
  'directory.write': { roles: ['admin', 'focal_point'] },

  /** Draft a return and read other states' contributions on reciprocity. */
  // Any officer, analyst or focal point checks documents: a border post needs no clearance for hit or no hit.
  // The whole record is a protected record (access/records.ts); who keeps a state's list: access/documents.ts.
  'documents.check': { roles: ['officer', 'analyst', 'focal_point'] },
  'documents.record': { roles: ['officer', 'focal_point'], clearance: 'restricted' },
  'documents.read': { roles: ['officer', 'analyst', 'focal_point'], clearance: 'restricted' },
  'documents.settings': { roles: ['focal_point'] },

  /** Draft a return and read other states' contributions on reciprocity. */
  'flows.contribute': { roles: ['officer', 'analyst', 'focal_point'] },
  /** Read the regional aggregates, suppressed below the minimum cell size. */
  'flows.aggregates': { roles: ['officer', 'analyst', 'focal_point', 'policy', 'admin'] },
  'flows.manage': { roles: ['admin'] },
  /** Close a period's return for the state: the focal point or an officer (analysts add to the draft). */
  'flows.submit': { roles: ['officer', 'focal_point'] },

  'groups.read': { roles: 'any', observers: true },
  'groups.manage': { roles: ['admin', 'coordinator'] },
  'groups.co_chairs.nominate': { roles: ['focal_point', 'coordinator', 'admin'] },
  'groups.co_chairs.propose': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.co_chairs.decide': { roles: ['admin'] },
  'groups.meetings.read': { roles: 'any', observers: true },
  'groups.meetings.convene': { roles: ['coordinator', 'admin'] },
  'groups.meetings.record': { roles: ['coordinator', 'officer', 'analyst', 'focal_point', 'policy', 'admin'], observers: true },
  'groups.reports.read': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.statements.draft': { roles: ['coordinator', 'focal_point', 'admin'] },
  'groups.statements.approve': { roles: ['coordinator', 'focal_point'] },
  'groups.statements.publish': { roles: ['coordinator', 'admin'] },

  // Designations for identity and return duties: the focal point keeps them (access/identity.ts).
  'identity.designations.read': { roles: ['officer', 'analyst', 'focal_point'] },
  'identity.designations.write': { roles: ['focal_point'] },

  // Policy users, coordinators and the RSO administrator see no intelligence.
  'intel.read': { roles: INTEL_ROLES, clearance: 'restricted' },
  'intel.write': { roles: INTEL_ROLES, clearance: 'restricted' },

  'legislation.read': { roles: 'any' },
  'legislation.instruments.write': { roles: ['focal_point', 'policy'] },
  'legislation.assessments.draft': { roles: ['policy', 'focal_point'] },
  'legislation.assessments.submit': { roles: ['focal_point'] },
  'legislation.assessments.validate': { roles: ['coordinator'] },
  'legislation.cooperation.write': { roles: ['focal_point'] },
  'legislation.catalogue.manage': { roles: ['admin'] },
  /** Confirm a law of the reference file (laws.csv) for the focal point's own state. */
  'legislation.instruments.confirm': { roles: ['focal_point'] },
  /** Record a newer treaty action of the focal point's own state (the reference file's rows stay). */
  'legislation.treaties.record': { roles: ['focal_point'] },
  'legislation.treaties.validate': { roles: ['coordinator'] },
  /** Import newer versions of treaties.csv, treaties-later.csv and laws.csv. */
  'legislation.reference.import': { roles: ['admin'] },

  // The networks workbench: cleared analysts, officers and focal points; not policy users or the RSO admin.
  'networks.read': { roles: NETWORKS_WORKBENCH, clearance: 'restricted' },
  'networks.write': { roles: NETWORKS_WORKBENCH, clearance: 'restricted' },
  /** Confirming, rejecting and undoing merges of records from several states. */
  'networks.match': { roles: ['analyst', 'officer'], clearance: 'restricted' },

  'notifications.read': { roles: 'any', observers: true },
  'notifications.webhook': { roles: ['focal_point'] },

  'plans.read': { roles: 'any' },
  'plans.report': { roles: ['focal_point', 'policy', 'coordinator', 'officer'] },
  'plans.coordinate': { roles: ['coordinator', 'focal_point', 'admin'] },
  'plans.manage': { roles: ['admin', 'coordinator'] },

  'surveys.read': { roles: 'any' },
  'surveys.manage': { roles: ['coordinator'] },
  'surveys.answer': { roles: ['focal_point', 'policy', 'officer', 'analyst'] },
  /** Speak for one's own state on a survey: submit its answers, delegate officers, consent to publish (access/surveys.ts adds the state). */
  'surveys.speak': { roles: ['focal_point'] },

  // Who sees and answers a request, and who sees a case, is decided record by record in access/identity.ts.
  'verifications.read': { roles: ['officer', 'analyst', 'focal_point'], clearance: 'restricted' },
  'verifications.write': { roles: ['officer', 'analyst', 'focal_point'], clearance: 'restricted' },
  /** Time to answer per state and month: counts only, small cells withheld. */
  'verifications.dashboard': { roles: 'any' },
  /** Staff of the member organisations (IOM, UNHCR) hold these roles too when their focal point designates them. */
  'victims.read': { roles: ['officer', 'analyst', 'focal_point'], clearance: 'restricted' },
  'victims.write': { roles: ['officer', 'analyst', 'focal_point'], clearance: 'restricted' },
};

// Looked up by name: routes and the session carry permission names as strings.
const registry = new Map<string, PermissionRule>(Object.entries(RULES));

export function isPermission(name: string): boolean {
  return registry.has(name);
}

export function allows(subject: Subject | null, permission: Permission, now: Date = new Date()): boolean {
  const rule = registry.get(permission);
  if (!rule || !subject) return false;
  if (subject.memberStatus === 'observer' && !rule.observers) return false;
  if (rule.roles !== 'any' && !hasRole(subject, ...rule.roles)) return false;
  if (rule.clearance && clearanceRank(effectiveClearance(subject, now)) < clearanceRank(rule.clearance)) return false;
  return true;
}

/** The permissions this user holds today, for the session answer (the web app reads these instead of roles). */
export function permissionsOf(subject: Subject | null, now: Date = new Date()): Permission[] {
  return PERMISSIONS.filter((p) => allows(subject, p, now));
}

/** What a route needs: nothing (public), any session (even one still enrolling MFA), a full sign-in, or a permission. */
export type RouteAccess = 'public' | 'session' | 'signed_in' | { permission: Permission };
