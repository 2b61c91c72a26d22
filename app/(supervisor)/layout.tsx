import { AppShell } from "@/components/layout/app-shell";
import { requireSupervisor } from "@/lib/auth/space-guards";

const NAV = [{ href: "/maitre-de-stage", label: "Mes stagiaires" }];

/** Espace maître de stage: the stagiaires one supervises. */
export default async function SupervisorLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSupervisor();
  return (
    <AppShell viewer={viewer} space="supervisor" navLabel="Espace maître de stage" nav={NAV}>
      {children}
    </AppShell>
  );
}
