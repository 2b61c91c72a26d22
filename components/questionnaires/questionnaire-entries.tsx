import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import type { EntryState, QuestionnaireEntry } from "@/lib/questionnaires/entry-points";
import { QUESTIONNAIRE_LABELS } from "@/lib/questionnaires/kinds";

// "To do" needs no badge: its date already says "à compléter avant le ...".
const STATE: Record<EntryState, { label: string; tone: "neutral" | "brand" | "success" } | null> = {
  upcoming: { label: "À venir", tone: "neutral" },
  todo: null,
  draft: { label: "Brouillon enregistré", tone: "brand" },
  done: { label: "Terminé", tone: "success" },
  closed: { label: "Non complété", tone: "neutral" },
};

/**
 * "Validation des acquis — Commencer mon test", "Satisfaction — Terminé":
 * each questionnaire of a registration with its state, its date and, while it
 * can be answered, the link to it. Used by the cards and the details page.
 */
export function QuestionnaireEntries({
  entries,
  label = "Questionnaires",
  className = "",
}: {
  entries: readonly QuestionnaireEntry[];
  label?: string;
  className?: string;
}) {
  if (entries.length === 0) return null;
  return (
    <ul aria-label={label} className={`flex flex-col gap-2 ${className}`}>
      {entries.map((entry) => {
        const words = QUESTIONNAIRE_LABELS[entry.kind];
        const state = STATE[entry.state];
        const open = entry.state === "todo" || entry.state === "draft";
        return (
          <li key={entry.kind} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className="font-semibold">{words.entry}</span>
            <span aria-hidden="true">—</span>
            {state ? <Badge tone={state.tone}>{state.label}</Badge> : null}
            {entry.score ? (
              <span>
                Note{" "}
                <strong>
                  {entry.score.score}/{entry.score.maxScore}
                </strong>
              </span>
            ) : null}
            {entry.dateLabel ? <span className="text-ink-muted">{entry.dateLabel}</span> : null}
            {open ? (
              <ButtonLink href={entry.href} variant="primary">
                {entry.state === "draft" ? words.resume : words.start}
              </ButtonLink>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
