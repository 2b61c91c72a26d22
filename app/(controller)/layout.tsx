import { AppShell } from "@/components/layout/app-shell";
import { requireController } from "@/lib/auth/space-guards";

const NAV = [{ href: "/controle-de-stage", label: "Mon portefeuille" }];

/** Espace contrôleur de stage: the stagiaires assigned to the contrôleur. */
export default async function ControllerLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireController();
  return (
    <AppShell viewer={viewer} space="controller" navLabel="Espace contrôleur de stage" nav={NAV}>
      {children}
    </AppShell>
  );
}
