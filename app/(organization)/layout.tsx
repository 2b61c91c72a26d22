import { AppShell } from "@/components/layout/app-shell";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";

const NAV = [{ href: "/organisme", label: "Sessions" }];

export default async function OrganizationLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireOrganizationStaff();
  return (
    <AppShell viewer={viewer} space="organization" navLabel="Espace organisme" nav={NAV}>
      {children}
    </AppShell>
  );
}
