import { AppShell } from "@/components/layout/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { PREFERENCES_PATH } from "@/lib/notifications/links";

/**
 * Pages about the account itself, whatever space the person works in: the
 * header is the same as everywhere (its space switcher leads back).
 */
const NAV = [{ href: PREFERENCES_PATH, label: "Mes notifications" }];

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <AppShell
      viewer={viewer}
      space={viewer.spaces[0] ?? "participant"}
      navLabel="Mon compte"
      nav={NAV}
    >
      {children}
    </AppShell>
  );
}
