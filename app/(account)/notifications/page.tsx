import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";
import { requireViewer } from "@/lib/auth/viewer";
import { loadMyChoices } from "@/lib/notifications/preferences";

export const metadata: Metadata = { title: "Mes notifications" };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const choices = await loadMyChoices(viewer);
  return <NotificationPreferencesForm choices={choices} />;
}
