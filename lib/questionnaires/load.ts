import "server-only";
import { findOwnRegistration } from "@/lib/registrations/own";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import type { QuestionnaireKind, RegistrationStatus } from "@/lib/db/generated/enums";
import { formValueOf } from "./answers";
import { answerRefusal } from "./eligibility";
import { isScored } from "./kinds";
import {
  answerValueSelect,
  effectiveQuestionnaire,
  firstQuestionnaireOfKind,
  questionnaireResponseSelect,
} from "./resolve";
import type { AnswerValue, PublicQuestion } from "./schemas";
import { questionnaireSelect } from "./select";
import {
  questionnaireWindow,
  windowRefusal,
  windowState,
  type QuestionnaireWindow,
} from "./windows";

/**
 * A questionnaire as its page shows it to the registration's participant, in
 * one query. null (then 404) when the registration is not the viewer's or its
 * session has no questionnaire of that kind. The answer keys are not selected:
 * nothing here can carry them to the browser.
 */
export type QuestionnairePage = {
  registrationId: string;
  registrationStatus: RegistrationStatus;
  kind: QuestionnaireKind;
  title: string;
  session: { title: string; reference: string };
  window: QuestionnaireWindow;
  /** open: the form; submitted: the result; the others: `refusal` says why not. */
  state: "open" | "submitted" | "not-allowed" | "not-yet-open" | "closed";
  refusal: string | null;
  scored: boolean;
  questions: PublicQuestion[];
  draft: { answers: Record<string, AnswerValue>; savedAt: Date } | null;
  submitted: { submittedAt: Date; score: number | null; maxScore: number | null } | null;
};

export async function getQuestionnairePage(
  viewer: ParticipantViewer,
  registrationId: string,
  kind: QuestionnaireKind,
  now: Date = new Date(),
): Promise<QuestionnairePage | null> {
  const row = await findOwnRegistration(viewer, registrationId, {
    id: true,
    status: true,
    responses: {
      where: { questionnaire: { kind } },
      select: {
        ...questionnaireResponseSelect,
        updatedAt: true,
        answers: { select: answerValueSelect },
      },
    },
    session: {
      select: {
        reference: true,
        startsAt: true,
        endsAt: true,
        validationTestOpenDays: true,
        questionnaires: firstQuestionnaireOfKind(kind, questionnaireSelect),
        course: {
          select: {
            title: true,
            questionnaires: firstQuestionnaireOfKind(kind, questionnaireSelect),
          },
        },
      },
    },
  });
  if (!row) return null;
  const s = row.session;
  const questionnaire = effectiveQuestionnaire(kind, s.questionnaires, s.course.questionnaires);
  if (!questionnaire) return null;

  const response = row.responses.find((r) => r.questionnaireId === questionnaire.id);
  const window = questionnaireWindow(questionnaire, s);
  const questions: PublicQuestion[] = questionnaire.questions;
  const base = {
    registrationId: row.id,
    registrationStatus: row.status,
    kind,
    title: questionnaire.title,
    session: { title: s.course.title, reference: s.reference },
    window,
    scored: isScored(kind),
  };

  if (response?.status === "SUBMITTED" && response.submittedAt) {
    return {
      ...base,
      state: "submitted",
      refusal: null,
      questions: [],
      draft: null,
      submitted: {
        submittedAt: response.submittedAt,
        score: response.score,
        maxScore: response.maxScore,
      },
    };
  }
  const notAllowed = answerRefusal(kind, row, s, now);
  const outside = windowRefusal(window, now);
  const state = notAllowed
    ? "not-allowed"
    : outside
      ? windowState(window, now) === "closed"
        ? "closed"
        : "not-yet-open"
      : "open";
  const saved = new Map(response?.answers.map((a) => [a.questionId, a]));
  return {
    ...base,
    state,
    refusal: notAllowed ?? outside,
    // The questions go to the page only when they can be answered.
    questions: state === "open" ? questions : [],
    draft:
      response && state === "open"
        ? {
            answers: Object.fromEntries(
              questions.map((q) => [q.id, formValueOf(q, saved.get(q.id))]),
            ),
            savedAt: response.updatedAt,
          }
        : null,
    submitted: null,
  };
}
