/**
 * Habilitations of the company space, as data. The database stores which
 * permission keys a member holds (CompanyGrant); this table says what exists
 * and how roles bundle them. A key that is not here grants nothing.
 */
export const PERMISSIONS = {
  "collaborators.view": "Voir les collaborateurs et leur parcours",
  "collaborators.manage": "Rattacher et détacher des collaborateurs",
  "trainings.view": "Voir les formations des collaborateurs",
  "documents.view": "Télécharger convocations et attestations",
  "registrations.create": "Inscrire des collaborateurs",
  "orders.view": "Voir les commandes",
  "invoices.view": "Voir les factures et règlements",
  "habilitations.manage": "Gérer les habilitations",
} as const;

export type Permission = keyof typeof PERMISSIONS;

/** Roles are named bundles that the habilitations page grants in one click. */
export const ROLES = {
  manager: {
    label: "Responsable",
    permissions: Object.keys(PERMISSIONS) as Permission[],
  },
  hr: {
    label: "Ressources humaines",
    permissions: [
      "collaborators.view",
      "collaborators.manage",
      "trainings.view",
      "documents.view",
      "registrations.create",
    ],
  },
  accounting: {
    label: "Comptabilité",
    permissions: ["orders.view", "invoices.view"],
  },
} as const satisfies Record<string, { label: string; permissions: readonly Permission[] }>;

export type Role = keyof typeof ROLES;

export function isPermission(key: string): key is Permission {
  return Object.hasOwn(PERMISSIONS, key);
}

export function permissionsOfRole(role: string): readonly Permission[] {
  return Object.hasOwn(ROLES, role) ? ROLES[role as Role].permissions : [];
}

/** The one check every company page, action and route handler goes through. */
export function can(
  viewer: { companies: readonly { companyId: string; permissions: readonly string[] }[] },
  permission: Permission,
  companyId: string,
): boolean {
  if (!isPermission(permission)) return false;
  const membership = viewer.companies.find((c) => c.companyId === companyId);
  return membership?.permissions.includes(permission) ?? false;
}
