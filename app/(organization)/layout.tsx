import { AppShell } from "@/components/layout/app-shell";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";

const NAV = [
  { href: "/organisme", label: "Sessions" },
  { href: "/organisme/questions", label: "Questions e-learning" },
  { href: "/organisme/factures", label: "Factures" },
  { href: "/organisme/journal", label: "Journal d'audit" },
  { href: "/organisme/e-mails", label: "E-mails en échec" },
];

export default async function OrganizationLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireOrganizationStaff();
  return (
    <AppShell viewer={viewer} space="organization" navLabel="Espace organisme" nav={NAV}>
      {children}
    </AppShell>
  );
}
