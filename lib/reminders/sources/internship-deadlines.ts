import "server-only";
import { parisTime } from "@/lib/dates/paris";
import { publicBaseUrl } from "@/lib/http/public-url";
import { listRunningDossiers } from "@/lib/internships/dossier";
import { stagiaireObligationLink } from "@/lib/internships/links";
import type { Obligation } from "@/lib/internships/obligations";
import { internshipDeadlineMail } from "../messages";
import { type ReminderCandidate, type ReminderWindow } from "../rule";

/**
 * The documents a stagiaire owes (reports, annual sheets, the year-2
 * interview: every obligation lib/internships computes with a document behind
 * it, not the training counts) whose due date falls within the window and
 * that are still to do: not transmitted, returned or sent back for
 * corrections. Due dates are computed from the stage (its start, variant,
 * suspensions and council), never stored: a suspension that moves a deadline
 * moves its reminders, and the due day is part of the subject so that the
 * moved deadline is reminded again. One query for the running stages.
 */
const isDocumentObligation = (o: Obligation) => o.progress === null;

/** The moment a due day begins, in Paris: J-1 is the day before, from midnight. */
const dueInstant = (due: Date) =>
  parisTime(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate());

export async function internshipDeadlineCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const dossiers = await listRunningDossiers(
    { participant: { user: { anonymizedAt: null } } },
    now,
  );
  const base = publicBaseUrl();
  return dossiers.flatMap((dossier) =>
    dossier.obligations
      .filter((o) => isDocumentObligation(o) && o.status === "todo")
      .map((o) => ({ obligation: o, eventAt: dueInstant(o.due) }))
      .filter(({ eventAt }) => eventAt >= window.from && eventAt <= window.to)
      .map(({ obligation, eventAt }): ReminderCandidate => {
        const user = dossier.participant.user;
        return {
          subjectId: `${dossier.id}:${obligation.key}:${obligation.due.toISOString().slice(0, 10)}`,
          userId: dossier.participant.userId,
          // Locked on (domain-stage.md, section 4): the kind is always sent.
          choice: "IMMEDIATE",
          eventAt,
          build: async (offsetDays) =>
            internshipDeadlineMail({
              to: user.email,
              firstName: user.firstName,
              label: obligation.label,
              due: obligation.due,
              daysLeft: offsetDays,
              penaltyMonths: dossier.settings.penaltyMonths,
              link: `${base}${stagiaireObligationLink(obligation) ?? "/stage"}`,
            }),
        };
      }),
  );
}
