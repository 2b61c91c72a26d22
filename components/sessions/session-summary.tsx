import { Badge } from "@/components/ui/badge";
import type { Modality } from "@/lib/db/generated/enums";
import { MODALITY_LABELS } from "@/lib/format/labels";

/**
 * The top of a session card, shared by the participant's "Mes sessions" and the
 * manager's view of a collaborator: title, modality badge and the guide's facts
 * (Réf, Réf commande, dates, extra lines such as Durée, Lieu, Organisateur).
 */
export function SessionSummary({
  headingId,
  title,
  modality,
  reference,
  orderReference,
  dates,
  extra = [],
  place,
  organizerName,
}: {
  headingId: string;
  title: string;
  modality: Modality;
  reference: string;
  orderReference: string | null;
  dates: string[];
  extra?: { label: string; value: string }[];
  place: string;
  organizerName: string;
}) {
  const facts = [
    { label: "Réf :", value: reference },
    ...(orderReference ? [{ label: "Réf commande :", value: orderReference }] : []),
    { label: dates.length > 1 ? "Dates :" : "Date :", value: dates.join(", ") || "—" },
    ...extra,
    { label: "Lieu :", value: place },
    { label: "Organisateur :", value: organizerName },
  ];
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="min-w-0 break-words text-base font-semibold">
          {title}
        </h3>
        <Badge tone="brand">{MODALITY_LABELS[modality]}</Badge>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm text-ink-muted sm:grid-cols-[auto_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-medium text-ink">{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
