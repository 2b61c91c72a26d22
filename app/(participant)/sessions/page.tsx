import type { Metadata } from "next";
import { RegistrationList } from "@/components/sessions/registration-list";
import { requireParticipant } from "@/lib/auth/viewer";
import { listMyRegistrations } from "@/lib/sessions/my-registrations";

export const metadata: Metadata = { title: "Mes sessions" };

export default async function MySessionsPage() {
  const viewer = await requireParticipant();
  const { upcoming, ended } = await listMyRegistrations(viewer);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Mes sessions</h1>
      <section aria-labelledby="prochaines" className="flex flex-col gap-3">
        <h2 id="prochaines" className="text-lg font-semibold uppercase tracking-wide">Prochaines sessions</h2>
        <RegistrationList items={upcoming} empty="Aucune session à venir." />
      </section>
      <section aria-labelledby="terminees" className="flex flex-col gap-3">
        <h2 id="terminees" className="text-lg font-semibold uppercase tracking-wide">Sessions terminées</h2>
        <RegistrationList items={ended} empty="Aucune session terminée." />
      </section>
    </div>
  );
}
