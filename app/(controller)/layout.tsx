import { AppShell } from "@/components/layout/app-shell";
import { requireController } from "@/lib/auth/space-guards";
import { principalCouncil } from "@/lib/internships/reassign";

const NAV = [{ href: "/controle-de-stage", label: "Mon portefeuille", exact: true }];
const PRINCIPAL_NAV = [
  { href: "/controle-de-stage/conseil", label: "Portefeuilles du conseil", exact: true },
  { href: "/controle-de-stage/conseil/parametres", label: "Paramètres du conseil" },
];

/**
 * Espace contrôleur de stage: the stagiaires assigned to the contrôleur and,
 * for the council's contrôleur principal, every portfolio of the council.
 */
export default async function ControllerLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireController();
  const council = await principalCouncil(viewer);
  return (
    <AppShell
      viewer={viewer}
      space="controller"
      navLabel="Espace contrôleur de stage"
      nav={council ? [...NAV, ...PRINCIPAL_NAV] : NAV}
    >
      {children}
    </AppShell>
  );
}
