import { AppShell } from "@/components/layout/app-shell";
import { requireStagiaire } from "@/lib/auth/space-guards";

const NAV = [
  { href: "/stage", label: "Mon stage", exact: true },
  { href: "/stage/obligations", label: "Mes obligations" },
  { href: "/stage/rapports", label: "Mes rapports et fiches" },
  { href: "/stage/formations", label: "Mes formations" },
  { href: "/stage/entretien", label: "Mon entretien de 2e année" },
];

/** Espace stagiaire: the participant's stage d'expertise comptable. */
export default async function InternshipLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireStagiaire();
  return (
    <AppShell viewer={viewer} space="internship" navLabel="Espace stagiaire" nav={NAV}>
      {children}
    </AppShell>
  );
}
