import { AppShell } from "@/components/layout/app-shell";
import { requireTrainer } from "@/lib/auth/space-guards";

const NAV = [
  { href: "/formateur", label: "Mes sessions à animer" },
  { href: "/formateur/questions", label: "Questions des participants" },
];

export default async function TrainerLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireTrainer();
  return (
    <AppShell viewer={viewer} space="trainer" navLabel="Espace formateur" nav={NAV}>
      {children}
    </AppShell>
  );
}
