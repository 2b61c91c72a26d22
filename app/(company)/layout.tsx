import { AppShell } from "@/components/layout/app-shell";
import { requireCompanyMember } from "@/lib/auth/space-guards";

const NAV = [{ href: "/entreprise", label: "Collaborateurs" }];

export default async function CompanyLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireCompanyMember();
  return (
    <AppShell viewer={viewer} space="company" navLabel="Espace entreprise" nav={NAV}>
      {children}
    </AppShell>
  );
}
