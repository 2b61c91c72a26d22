import { formatDate } from "@/lib/dates/paris";
import type {
  QuestionnaireKind,
  RegistrationStatus,
  ResponseStatus,
} from "@/lib/db/generated/enums";
import { answerRefusal } from "./eligibility";
import { QUESTIONNAIRE_KINDS, questionnaireHref } from "./kinds";
import { effectiveQuestionnaire } from "./resolve";
import {
  deadlineLabel,
  formatInstant,
  questionnaireWindow,
  windowState,
  type WindowSession,
} from "./windows";

/**
 * What the cards and the details page say of each questionnaire of a
 * registration: to do, draft, done (with the score), closed, or not open yet,
 * and the date that matters for that state. A questionnaire the participant
 * may not answer (validation before confirmation, positioning after the start)
 * is left out, unless it was submitted: a submitted one always shows.
 */
export type EntryState = "upcoming" | "todo" | "draft" | "done" | "closed";

export type QuestionnaireEntry = {
  kind: QuestionnaireKind;
  href: string;
  state: EntryState;
  /** "à compléter avant le 25/06/2023", "disponible à partir du ...", "clos le ...", "envoyé le ..." */
  dateLabel: string | null;
  score: { score: number; maxScore: number } | null;
};

export type QuestionnaireRef = {
  id: string;
  kind: QuestionnaireKind;
  opensAt: Date | null;
  closesAt: Date | null;
};

export type ResponseRef = {
  questionnaireId: string;
  status: ResponseStatus;
  score: number | null;
  maxScore: number | null;
  submittedAt: Date | null;
};

export type EntrySource = {
  registrationId: string;
  registrationStatus: RegistrationStatus;
  session: WindowSession;
  sessionQuestionnaires: readonly QuestionnaireRef[];
  courseQuestionnaires: readonly QuestionnaireRef[];
  responses: readonly ResponseRef[];
};

export function questionnaireEntries(src: EntrySource, now: Date): QuestionnaireEntry[] {
  const entries: QuestionnaireEntry[] = [];
  for (const kind of QUESTIONNAIRE_KINDS) {
    const questionnaire = effectiveQuestionnaire(
      kind,
      src.sessionQuestionnaires,
      src.courseQuestionnaires,
    );
    if (!questionnaire) continue;
    const href = questionnaireHref(src.registrationId, kind);
    const response = src.responses.find((r) => r.questionnaireId === questionnaire.id);
    if (response?.status === "SUBMITTED") {
      entries.push({
        kind,
        href,
        state: "done",
        dateLabel: response.submittedAt ? `envoyé le ${formatDate(response.submittedAt)}` : null,
        score:
          response.score !== null && response.maxScore !== null
            ? { score: response.score, maxScore: response.maxScore }
            : null,
      });
      continue;
    }
    if (answerRefusal(kind, { status: src.registrationStatus }, src.session, now)) continue;
    const window = questionnaireWindow(questionnaire, src.session);
    const state = windowState(window, now);
    entries.push({
      kind,
      href,
      state:
        state === "not-yet-open"
          ? "upcoming"
          : state === "closed"
            ? "closed"
            : response
              ? "draft"
              : "todo",
      dateLabel:
        state === "not-yet-open" && window.opensAt
          ? `disponible à partir du ${formatInstant(window.opensAt)}`
          : state === "closed" && window.closesAt
            ? `clos le ${formatInstant(window.closesAt)}`
            : deadlineLabel(window),
      score: null,
    });
  }
  return entries;
}
