import type { Metadata } from "next";
import { SelfSignForm } from "@/components/attendance/self-sign-form";
import { ATTENDANCE_METHOD_LABELS } from "@/lib/attendance/labels";
import { getOpenSelfSignSlots } from "@/lib/attendance/self-sign";
import { requireParticipant } from "@/lib/auth/viewer";
import { formatDateTime, formatHour } from "@/lib/dates/paris";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Signer ma présence" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Signer ma présence": the slots open now, the one of the QR code first, its code filled in. */
export default async function SelfSignPage({ searchParams }: Props) {
  const viewer = await requireParticipant();
  const query = await searchParams;
  const slots = await getOpenSelfSignSlots(viewer);
  const chosen = typeof query.seance === "string" ? query.seance : null;
  const code = typeof query.code === "string" && /^\d{6}$/.test(query.code) ? query.code : "";
  const ordered = [...slots].sort(
    (a, b) => Number(b.slotId === chosen) - Number(a.slotId === chosen),
  );
  return (
    <div className="flex max-w-md flex-col gap-4">
      <PageHeader title="Signer ma présence" />
      {ordered.length === 0 ? (
        <p>
          Aucune séance n&apos;est ouverte à la signature en ce moment : la signature s&apos;ouvre
          15 minutes avant chaque séance et se ferme à sa fin.
        </p>
      ) : (
        ordered.map((slot) => (
          <section
            key={slot.slotId}
            aria-labelledby={`seance-${slot.slotId}`}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id={`seance-${slot.slotId}`} className="text-lg font-semibold">
              {slot.sessionTitle}
            </h2>
            <p className="text-sm">
              Réf : {slot.reference} · {slot.slotTitle}, {formatHour(slot.startsAt)} –{" "}
              {formatHour(slot.endsAt)}
            </p>
            {slot.signed ? (
              <p className="rounded-md bg-green-50 p-3 text-green-800">
                Présence enregistrée ({ATTENDANCE_METHOD_LABELS[slot.signed.method]}
                {slot.signed.signedAt ? `, ${formatDateTime(slot.signed.signedAt)}` : ""}).
              </p>
            ) : slot.frozen ? (
              <p>La feuille de cette séance est signée par le formateur : voyez avec lui.</p>
            ) : (
              <SelfSignForm slotId={slot.slotId} initialCode={slot.slotId === chosen ? code : ""} />
            )}
          </section>
        ))
      )}
    </div>
  );
}
