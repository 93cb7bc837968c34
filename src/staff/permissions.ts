/**
 * The authorisation rules, in one place a reader can scan (E9: rights are granted per task).
 *
 * A staff user holds roles; a role grants permissions; a route declares the one permission it needs.
 * Anything not granted here is denied.
 */
export const permissions = [
  'surveys.manage',
  'research.manage',
  'discussions.moderate',
  'results.read',
  'results.read_free_text',
  'results.export',
  'members.manage',
  'contact_details.read',
  'draws.run',
  'events.manage',
  'rewards.manage',
  'audit_log.read',
  'retention.manage',
  'registers.manage',
  'abuse.investigate',
  'staff.manage',
  'accessibility_feedback.read',
] as const;
export type Permission = (typeof permissions)[number];

export const roles = {
  // Builds research projects and tasks, chooses audiences (sizes only, never identities: H3) and
  // moderates discussions under pseudonyms.
  researcher: ['surveys.manage', 'research.manage', 'discussions.moderate', 'results.read', 'events.manage'],
  feedback_manager: [
    'surveys.manage',
    'results.read',
    'results.read_free_text',
    'results.export',
    'draws.run',
    'accessibility_feedback.read',
  ],
  analyst: ['results.read', 'results.read_free_text', 'results.export'],
  // Arranges events and delivers rewards: the one role that opens members' contact details (H6).
  event_coordinator: ['events.manage', 'rewards.manage', 'contact_details.read'],
  register_owner: [
    'audit_log.read',
    'retention.manage',
    'registers.manage',
    'members.manage',
    'abuse.investigate',
    'accessibility_feedback.read',
  ],
  organisation_admin: ['staff.manage', 'accessibility_feedback.read'],
} as const satisfies Record<string, readonly Permission[]>;
export type Role = keyof typeof roles;
export const roleNames = Object.keys(roles) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}

/** Deny by default: a permission is held only if one of the user's known roles grants it. */
export function hasPermission(userRoles: readonly string[], permission: Permission): boolean {
  return userRoles.some(
    (role) => isRole(role) && (roles[role] as readonly Permission[]).includes(permission),
  );
}

/**
 * What a route needs. `public`: anyone, no sign-in. `member`: a signed-in member of the organisation
 * (their own pages only). `staff`: any signed-in staff user of the organisation (their own console home,
 * sign-out). Otherwise: the named permission.
 */
export type Access = 'public' | 'member' | 'staff' | Permission;
