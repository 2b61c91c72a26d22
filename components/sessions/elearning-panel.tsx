import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDate } from "@/lib/dates/paris";
import type { SessionDetails } from "@/lib/sessions/details";
import { moduleStatus, UNIT_STATUS_LABELS } from "@/lib/sessions/unit-status";

export function ElearningPanel({
  registrationId,
  elearning,
}: {
  registrationId: string;
  elearning: NonNullable<SessionDetails["elearning"]>;
}) {
  const status = moduleStatus(elearning.units);
  const done = elearning.units.filter((u) => u.status === "COMPLETED").length;
  const { access } = elearning;
  return (
    <section
      aria-labelledby="module-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="module-title" className="text-lg font-semibold">
        Module e-learning{" "}
        <span className="font-normal italic text-ink-muted">({UNIT_STATUS_LABELS[status]})</span>
      </h2>
      <p className="text-sm">{elearning.accessLabel}</p>
      <div>
        <div className="flex justify-between text-sm">
          <span id="module-progress-label">Progression</span>
          <span>
            {done}/{elearning.units.length} unités terminées
          </span>
        </div>
        <progress
          aria-labelledby="module-progress-label"
          className="h-2 w-full accent-brand-700"
          max={Math.max(1, elearning.units.length)}
          value={done}
        />
      </div>
      <ul className="flex flex-col gap-2">
        {elearning.units.map((unit) => (
          <li
            key={unit.id}
            className="flex flex-col rounded border border-slate-200 p-2 text-sm sm:flex-row sm:justify-between"
          >
            <span className="font-medium">{unit.title}</span>
            <span className="text-ink-muted">{UNIT_STATUS_LABELS[unit.status]}</span>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Link
          href={`/sessions/${registrationId}/module#questions-title`}
          className="text-sm font-medium text-brand-800 underline"
        >
          Poser une question sur le module e-learning
        </Link>
        {access.state === "open" ? (
          <ButtonLink href={`/sessions/${registrationId}/module`} variant="primary">
            Accéder au module
          </ButtonLink>
        ) : access.state === "expired" ? (
          <p className="text-sm font-medium">Accès expiré le {formatDate(access.closesAt)}</p>
        ) : access.state === "awaiting-payment" ? (
          <p className="text-sm">Le module s&apos;ouvre dès le règlement de la commande.</p>
        ) : (
          <p className="text-sm">Le module s&apos;ouvre le {formatDate(access.opensAt)}.</p>
        )}
      </div>
    </section>
  );
}
