import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { MODALITY_LABELS } from "@/lib/format/labels";
import type { TrainerSessionCard as Card } from "@/lib/trainers/sessions";

/** A card of "Mes sessions à animer": what the participant's card shows, for the trainer. */
export function TrainerSessionCard({ card }: { card: Card }) {
  return (
    <article
      aria-labelledby={`session-${card.id}`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`session-${card.id}`} className="text-lg font-semibold">
          <Link href={`/formateur/sessions/${card.id}`} className="text-brand-800 underline">
            {card.title}
          </Link>
        </h3>
        <Badge tone="brand">{MODALITY_LABELS[card.modality]}</Badge>
        {card.status === "CANCELLED" ? <Badge tone="danger">Annulée</Badge> : null}
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Réf :</dt>
        <dd>{card.reference}</dd>
        <dt className="font-medium">Dates :</dt>
        <dd>{card.dates.join(" · ") || "—"}</dd>
        <dt className="font-medium">Lieu :</dt>
        <dd>{card.place}</dd>
        <dt className="font-medium">Organisme :</dt>
        <dd>{card.organizationName}</dd>
        <dt className="font-medium">Participants confirmés :</dt>
        <dd>{card.confirmedParticipants}</dd>
      </dl>
    </article>
  );
}
