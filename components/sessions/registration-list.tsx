import { formatDate } from "@/lib/dates/paris";
import { MODALITY_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/sessions/labels";
import type { RegistrationSummary } from "@/lib/sessions/my-registrations";

export function RegistrationList({ items, empty }: { items: RegistrationSummary[]; empty: string }) {
  if (items.length === 0) return <p className="text-ink-muted">{empty}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h3 className="font-semibold">
            {r.title} <span className="ml-1 rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{MODALITY_LABELS[r.modality]}</span>
          </h3>
          <p className="text-sm text-ink-muted">Réf : {r.reference}</p>
          <p className="text-sm text-ink-muted">
            Du {formatDate(r.startsAt)} au {formatDate(r.endsAt)} · Organisateur : {r.organizerName}
          </p>
          <p className="mt-1 text-sm font-medium">{REGISTRATION_STATUS_LABELS[r.status]}</p>
        </li>
      ))}
    </ul>
  );
}
