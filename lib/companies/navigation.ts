import type { Permission } from "@/lib/auth/permissions";

/** The sections of a company's space and the habilitation each one needs. */
export const COMPANY_SECTIONS: {
  segment: string;
  label: string;
  description: string;
  permission: Permission;
}[] = [
  {
    segment: "collaborateurs",
    label: "Collaborateurs",
    description:
      "Les collaborateurs, leurs heures de formation et l'obligation de formation continue.",
    permission: "collaborators.view",
  },
  {
    segment: "inscriptions",
    label: "Inscrire",
    description: "Inscrire des collaborateurs à une session du catalogue des organismes.",
    permission: "registrations.create",
  },
  {
    segment: "commandes",
    label: "Commandes",
    description: "Les commandes passées par l'entreprise.",
    permission: "orders.view",
  },
  {
    segment: "factures",
    label: "Factures",
    description: "Les factures adressées à l'entreprise et leurs règlements.",
    permission: "invoices.view",
  },
  {
    segment: "habilitations",
    label: "Habilitations",
    description: "Ce que chaque membre de l'entreprise peut faire dans cet espace.",
    permission: "habilitations.manage",
  },
];

export function companySections(companyId: string, permissions: readonly string[]) {
  return COMPANY_SECTIONS.filter((s) => permissions.includes(s.permission)).map((s) => ({
    ...s,
    href: `/entreprise/${companyId}/${s.segment}`,
  }));
}
