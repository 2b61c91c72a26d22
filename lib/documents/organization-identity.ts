/**
 * The training organization as its documents print it (header, footer,
 * signature): legal identity, SIRET and activity declaration number.
 */
export const organizationIdentitySelect = {
  name: true,
  legalName: true,
  siret: true,
  activityNumber: true,
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  phone: true,
  email: true,
  website: true,
} as const;

export type OrganizationIdentity = {
  name: string;
  legalName: string;
  addressLines: string[];
  city: string;
  phone: string | null;
  email: string;
  website: string | null;
  siret: string;
  activityNumber: string | null;
};

export function organizationIdentity(row: {
  name: string;
  legalName: string;
  siret: string;
  activityNumber: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string;
  website: string | null;
}): OrganizationIdentity {
  return {
    name: row.name,
    legalName: row.legalName,
    addressLines: [row.addressLine1, row.addressLine2, `${row.postalCode} ${row.city}`].filter(
      (l): l is string => Boolean(l),
    ),
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    siret: row.siret,
    activityNumber: row.activityNumber,
  };
}

/** "SIRET 123 456 789 00012" */
export function formatSiret(siret: string): string {
  const digits = siret.replace(/\s/g, "");
  return /^\d{14}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : siret;
}

/** Up to three initials of the organization's name, for the logo area. */
export function monogram(name: string): string {
  return (
    name
      .split(/[\s-]+/)
      .filter((w) => /^[\p{L}\p{N}]/u.test(w))
      .slice(0, 3)
      .map((w) => w[0]!.toUpperCase())
      .join("") || "?"
  );
}
