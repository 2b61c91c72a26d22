import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SlotSheetSection } from "@/components/trainer/slot-sheet-section";
import { TitledSection } from "@/components/ui/titled-section";
import { buttonClass } from "@/components/ui/button-link";
import { sheetToOpen } from "@/lib/attendance/sheet-rules";
import { requireTrainer } from "@/lib/auth/space-guards";
import { formatCalendarDay, formatDate, formatHour } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { HALF_DAY_LABELS, MODALITY_LABELS } from "@/lib/format/labels";
import { trainerSessionQuerySchema } from "@/lib/trainers/schemas";
import { getTrainerSession } from "@/lib/trainers/sessions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Session à animer" };

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TrainerSessionPage({ params, searchParams }: Props) {
  const viewer = await requireTrainer();
  const { sessionId } = await params;
  const session = await getTrainerSession(viewer, sessionId);
  if (!session) notFound();
  const now = new Date();
  const { seance } = trainerSessionQuerySchema.parse(await searchParams);
  const slot =
    session.slots.find((s) => s.id === seance) ??
    sheetToOpen(
      session.slots.map((s) => ({ ...s, signed: s.sheets.length > 0 })),
      now,
    );
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <p className="text-sm">
          <Link href="/formateur" className="text-brand-800 underline">
            Mes sessions à animer
          </Link>
        </p>
        <PageHeader title={session.title} />
        <p className="text-sm text-ink-muted">
          Réf : {session.reference} · {MODALITY_LABELS[session.modality]} · {session.place} ·{" "}
          {session.organizationName} ·{" "}
          {formatDate(session.startsAt) === formatDate(session.endsAt)
            ? formatDate(session.startsAt)
            : `du ${formatDate(session.startsAt)} au ${formatDate(session.endsAt)}`}
          {session.status === "CANCELLED" ? " · Session annulée" : ""}
        </p>
        <p className="mt-2 flex flex-wrap gap-2">
          {session.joinUrl ? (
            <a href={session.joinUrl} className={buttonClass("primary")} rel="noopener noreferrer">
              Accéder à la session
            </a>
          ) : null}
          <a
            href={`/formateur/sessions/${session.id}/feuille-emargement`}
            className={buttonClass()}
          >
            Feuille d&apos;émargement (PDF)
          </a>
          <a href={`/formateur/sessions/${session.id}/agenda`} className={buttonClass()}>
            Ajouter à mon agenda (.ics)
          </a>
          <Link href={`/formateur/sessions/${session.id}/supports`} className={buttonClass()}>
            Supports
          </Link>
          <Link href={`/formateur/sessions/${session.id}/evaluations`} className={buttonClass()}>
            Évaluations
          </Link>
        </p>
      </div>

      <TitledSection id="place-title" title="Lieu">
        <p className="text-sm">
          {session.venue ? `${session.venue.name}, ${session.venue.address}` : session.place}
        </p>
      </TitledSection>

      <TitledSection id="programme-title" title="Programme">
        <p className="whitespace-pre-line text-sm">{session.programme}</p>
        <h3 className="font-semibold">Séances</h3>
        <ul className="flex flex-col gap-1 text-sm">
          {session.slots.map((slot) => {
            const half = HALF_DAY_LABELS[slot.halfDay];
            return (
              <li key={slot.id}>
                {formatCalendarDay(slot.date)}
                {half ? ` (${half})` : ""}, {formatHour(slot.startsAt)} – {formatHour(slot.endsAt)}{" "}
                · {slot.title} · {formatHours(slot.durationMinutes)}
              </li>
            );
          })}
        </ul>
      </TitledSection>

      <section aria-labelledby="participants-title" className="flex flex-col gap-2">
        <h2 id="participants-title" className="text-lg font-semibold">
          Participants confirmés ({session.participants.length})
        </h2>
        {session.participants.length === 0 ? (
          <p className="text-sm text-ink-muted">Aucun participant confirmé pour le moment.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    Nom
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Cabinet
                  </th>
                  <th scope="col" className="py-1">
                    Test de positionnement
                  </th>
                </tr>
              </thead>
              <tbody>
                {session.participants.map((p) => (
                  <tr key={p.registrationId} className="border-b border-slate-200">
                    <td className="py-1 pr-3">{p.name}</td>
                    <td className="py-1 pr-3">{p.companyName ?? "Particulier"}</td>
                    <td className="py-1">
                      {p.positioning ? `${p.positioning.score}/${p.positioning.maxScore}` : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {slot ? (
        <SlotSheetSection session={session} slot={slot} now={now} />
      ) : (
        <p className="text-sm text-ink-muted">Aucune séance planifiée : rien à émarger.</p>
      )}
    </div>
  );
}
