import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/organization/attendance-form";
import { CertificateRuleForm } from "@/components/organization/certificate-rule-form";
import { RegisterPersonForm } from "@/components/organization/register-person-form";
import { RegistrationsPanel } from "@/components/organization/registrations-panel";
import { PageHeader } from "@/components/ui/page-header";
import { SessionTrainersPanel } from "@/components/organization/session-trainers-panel";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatCalendarDay, formatDate, formatDateTime, formatHour } from "@/lib/dates/paris";
import { getStaffSession } from "@/lib/organizations/sessions";
import { HALF_DAY_LABELS, MODALITY_LABELS } from "@/lib/format/labels";
import { listSessionTrainers } from "@/lib/organizations/trainers";

export const metadata: Metadata = { title: "Session" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StaffSessionPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const [session, trainers] = await Promise.all([
    getStaffSession(viewer, sessionId),
    listSessionTrainers(viewer, sessionId),
  ]);
  if (!session || !trainers) notFound();
  const confirmed = session.registrations.filter((r) => r.status === "CONFIRMED");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={session.title} back={{ href: "/organisme", label: "Sessions" }}>
        <p className="text-sm text-ink-muted">
          Réf : {session.reference} · {MODALITY_LABELS[session.modality]} · {session.place} ·{" "}
          {formatDate(session.startsAt) === formatDate(session.endsAt)
            ? formatDate(session.startsAt)
            : `du ${formatDate(session.startsAt)} au ${formatDate(session.endsAt)}`}
          {session.status === "CANCELLED" ? " · Session annulée" : ""}
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link
            href={`/organisme/sessions/${session.id}/supports`}
            className="font-semibold text-brand-800 underline"
          >
            Supports pédagogiques
          </Link>
          <Link
            href={`/organisme/sessions/${session.id}/resultats`}
            className="font-semibold text-brand-800 underline"
          >
            Résultats des questionnaires
          </Link>
          <Link
            href={`/organisme/sessions/${session.id}/modifier`}
            className="font-semibold text-brand-800 underline"
          >
            Modifier la session
          </Link>
        </p>
      </PageHeader>

      <section aria-labelledby="registrations-title" className="flex flex-col gap-3">
        <h2 id="registrations-title" className="text-lg font-semibold">
          Inscriptions ({session.registrations.length}
          {session.capacity ? ` / ${session.capacity} places` : ""})
        </h2>
        {session.positioningRequired ? (
          <p className="text-sm text-ink-muted">
            Cette session demande un test de positionnement : une inscription se confirme une fois
            le test complété.
          </p>
        ) : null}
        <RegistrationsPanel sessionId={session.id} registrations={session.registrations} />
      </section>

      <section aria-labelledby="register-title" className="flex flex-col gap-3">
        <h2 id="register-title" className="text-lg font-semibold">
          Inscrire une personne par e-mail
        </h2>
        <p className="text-sm text-ink-muted">
          Si l&apos;adresse n&apos;a pas encore de compte, le compte participant est créé et une
          invitation à choisir un mot de passe est envoyée (lien valable 7 jours).
        </p>
        <RegisterPersonForm sessionId={session.id} />
      </section>

      <section aria-labelledby="trainers-title" className="flex flex-col gap-3">
        <h2 id="trainers-title" className="text-lg font-semibold">
          Formateurs
        </h2>
        <SessionTrainersPanel
          sessionId={session.id}
          trainers={trainers.map((t) => ({
            id: t.id,
            name: `${t.user.firstName} ${t.user.lastName}`,
            email: t.user.email,
          }))}
        />
      </section>

      <section aria-labelledby="attendance-title" className="flex flex-col gap-3">
        <h2 id="attendance-title" className="text-lg font-semibold">
          Émargement
        </h2>
        <p className="text-sm">
          <a
            href={`/organisme/sessions/${session.id}/feuille-emargement`}
            className="font-semibold text-brand-800 underline"
          >
            Feuille d&apos;émargement (PDF)
          </a>
        </p>
        {session.slots.length === 0 ? (
          <p className="text-sm text-ink-muted">Aucune séance pour cette session.</p>
        ) : (
          session.slots.map((slot) => {
            const half = HALF_DAY_LABELS[slot.halfDay];
            const label = `${formatCalendarDay(slot.date)}${half ? ` (${half})` : ""}, ${formatHour(slot.startsAt)} – ${formatHour(slot.endsAt)}`;
            const marked = confirmed.filter((r) => r.attendance[slot.id]).length;
            return (
              <details key={slot.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <summary className="cursor-pointer font-medium">
                  Séance du {label} — {slot.title}{" "}
                  <span className="text-sm font-normal text-ink-muted">
                    ({marked}/{confirmed.length} émargé{marked > 1 ? "s" : ""})
                  </span>
                </summary>
                {slot.sheets[0] ? (
                  <p className="mt-2 text-sm text-green-800">
                    Feuille signée par {slot.sheets[0].signedBy} le{" "}
                    {formatDateTime(slot.sheets[0].signedAt)}
                    {slot.sheets.length > 1
                      ? ` (corrigée ${slot.sheets.length - 1} fois, dernière : ${slot.sheets.at(-1)!.reason})`
                      : ""}
                    .
                  </p>
                ) : null}
                <div className="mt-3">
                  <AttendanceForm
                    sessionId={session.id}
                    slot={{ id: slot.id, label }}
                    participants={confirmed.map((r) => ({
                      registrationId: r.id,
                      name: r.participantName,
                      status: r.attendance[slot.id] ?? null,
                    }))}
                  />
                </div>
              </details>
            );
          })
        )}
      </section>

      <section aria-labelledby="certificate-title" className="flex flex-col gap-3">
        <h2 id="certificate-title" className="text-lg font-semibold">
          Attestation de formation
        </h2>
        <CertificateRuleForm
          initial={{
            sessionId: session.id,
            rule: session.certificateRule,
            minAttendancePercent: session.certificateMinAttendancePercent,
            passPercent: session.validationPassPercent,
          }}
        />
      </section>
    </div>
  );
}
