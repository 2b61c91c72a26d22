import { AppShell } from "@/components/layout/app-shell";
import { requireParticipant } from "@/lib/auth/viewer";

const NAV = [
  { href: "/sessions", label: "Mes sessions" },
  { href: "/commandes", label: "Commandes" },
  { href: "/factures", label: "Factures" },
  { href: "/parcours", label: "Mon parcours" },
  { href: "/mes-donnees", label: "Mes données" },
];

export default async function ParticipantLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireParticipant();
  return (
    <AppShell viewer={viewer} space="participant" navLabel="Espace participant" nav={NAV}>
      {children}
    </AppShell>
  );
}
