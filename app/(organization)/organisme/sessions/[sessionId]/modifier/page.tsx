import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionLogisticsForm } from "@/components/organization/session-logistics-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import {
  getSessionLogistics,
  logisticsLock,
  slotFormValues,
} from "@/lib/organizations/session-logistics";

export const metadata: Metadata = { title: "Modifier la session" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function EditSessionPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const session = await getSessionLogistics(viewer, sessionId);
  if (!session) notFound();
  const lock = logisticsLock(session, new Date());
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Modifier la session"
        back={{ href: `/organisme/sessions/${session.id}`, label: "Retour à la session" }}
      >
        <p className="text-sm text-ink-muted">
          {session.course.title} · Réf : {session.reference}
        </p>
      </PageHeader>
      {lock ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-4">{lock}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            Les participants inscrits (en attente ou confirmés) reçoivent un e-mail qui détaille
            chaque changement ; leur convocation est mise à jour dans leur espace.
          </p>
          <SessionLogisticsForm
            initial={{
              sessionId: session.id,
              venueId: session.venueId ?? "",
              placeLabel: session.placeLabel ?? "",
              joinUrl: session.joinUrl ?? "",
              slots: session.slots.map(slotFormValues),
            }}
            slotTitles={session.slots.map((slot) => slot.title)}
            venues={session.venues}
            showVenue={session.showVenue}
            showJoinUrl={session.showJoinUrl}
          />
        </>
      )}
    </div>
  );
}
