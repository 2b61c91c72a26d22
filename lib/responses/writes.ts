import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { findOwnRegistration } from "@/lib/registrations/own";
import { queueCertificateNotices } from "@/lib/certificates/notice";
import { inBackground } from "@/lib/mail/queue";
import { failure, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { QuestionnaireKind } from "@/lib/db/generated/enums";
import { toAnswerRows } from "@/lib/questionnaires/answers";
import { answerRefusal } from "@/lib/questionnaires/eligibility";
import { isScored, kindOfSlug } from "@/lib/questionnaires/kinds";
import { effectiveQuestionnaire, firstQuestionnaireOfKind } from "@/lib/questionnaires/resolve";
import {
  buildQuestionnaireSchema,
  type QuestionnaireActionInput,
  type SchemaMode,
} from "@/lib/questionnaires/schemas";
import { scoreAnswers } from "@/lib/questionnaires/scoring";
import { questionnaireWindow, windowRefusal } from "@/lib/questionnaires/windows";
import { questionnaireWithKeysSelect } from "@/lib/questionnaires/select";

/**
 * Saving a draft and submitting, for the registration's participant only
 * (null, then 404, for anyone else). Submitting is final and happens once:
 * the response row is created if missing (INSERT ... ON CONFLICT DO NOTHING on
 * the unique (questionnaireId, registrationId)), then claimed by one
 * conditional UPDATE ... WHERE status = 'DRAFT' in the same transaction. Two
 * tabs, a double click or fifty concurrent requests all reach that UPDATE; the
 * database lets exactly one of them change the row, and the others find it
 * SUBMITTED and are told so. A draft save takes the same row lock and is
 * refused once the response is submitted. The score is computed here, from
 * the answer keys, never in the browser.
 */
export type DraftSaved = { savedAt: Date };
export type Submitted = { submittedAt: Date; score: number | null; maxScore: number | null };

const ALREADY_SUBMITTED = "Vous avez déjà envoyé ce questionnaire : il ne peut plus être modifié.";

// Concurrent submissions queue on the same row (and PGlite runs one
// transaction at a time): waiting for one's turn is normal, not an error.
const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 20_000 };

type Target = NonNullable<Awaited<ReturnType<typeof loadTarget>>>;

async function loadTarget(
  viewer: ParticipantViewer,
  registrationId: string,
  kind: QuestionnaireKind,
) {
  const row = await findOwnRegistration(viewer, registrationId, {
    id: true,
    status: true,
    participant: { select: { companyId: true } },
    responses: {
      where: { questionnaire: { kind } },
      select: { questionnaireId: true, status: true, submittedAt: true },
    },
    session: {
      select: {
        organizationId: true,
        startsAt: true,
        endsAt: true,
        validationTestOpenDays: true,
        questionnaires: firstQuestionnaireOfKind(kind, questionnaireWithKeysSelect),
        course: {
          select: {
            questionnaires: firstQuestionnaireOfKind(kind, questionnaireWithKeysSelect),
          },
        },
      },
    },
  });
  if (!row) return null;
  const questionnaire = effectiveQuestionnaire(
    kind,
    row.session.questionnaires,
    row.session.course.questionnaires,
  );
  if (!questionnaire) return null;
  return { registration: row, questionnaire };
}

/** Authorization, window and answers, in the order the participant can act on them. */
async function prepare(
  viewer: ParticipantViewer,
  input: QuestionnaireActionInput,
  mode: SchemaMode,
  now: Date,
): Promise<
  | null
  | { ok: false; result: ActionResult<never> }
  | { ok: true; target: Target; kind: QuestionnaireKind; rows: ReturnType<typeof toAnswerRows> }
> {
  const kind = kindOfSlug(input.kind);
  if (!kind) return null;
  const target = await loadTarget(viewer, input.registrationId, kind);
  if (!target) return null;
  const { registration, questionnaire } = target;
  const existing = registration.responses.find((r) => r.questionnaireId === questionnaire.id);
  if (existing?.status === "SUBMITTED")
    return { ok: false, result: alreadySubmitted(existing.submittedAt) };
  const refusal =
    answerRefusal(kind, registration, registration.session, now) ??
    windowRefusal(questionnaireWindow(questionnaire, registration.session), now);
  if (refusal) return { ok: false, result: failure(refusal) };
  const parsed = buildQuestionnaireSchema(questionnaire.questions, mode).safeParse({
    answers: input.answers,
  });
  if (!parsed.success) {
    return {
      ok: false,
      result: failure(
        mode === "submit"
          ? "Certaines réponses sont à compléter ou à corriger."
          : "Certaines réponses sont à corriger avant d'enregistrer le brouillon.",
        fieldErrorsOf(parsed.error),
      ),
    };
  }
  return {
    ok: true,
    target,
    kind,
    rows: toAnswerRows(questionnaire.questions, parsed.data.answers),
  };
}

function alreadySubmitted(submittedAt: Date | null): ActionResult<never> {
  return failure(
    submittedAt
      ? `Vous avez déjà envoyé ce questionnaire le ${formatDateTime(submittedAt)} : il ne peut plus être modifié.`
      : ALREADY_SUBMITTED,
  );
}

export async function saveDraft(
  viewer: ParticipantViewer,
  input: QuestionnaireActionInput,
  now: Date = new Date(),
): Promise<ActionResult<DraftSaved> | null> {
  const prepared = await prepare(viewer, input, "draft", now);
  if (!prepared || !prepared.ok) return prepared?.result ?? null;
  const { target, rows } = prepared;
  const key = { questionnaireId: target.questionnaire.id, registrationId: target.registration.id };
  const db = await getDb();
  const saved = await db.$transaction(async (tx) => {
    await tx.questionnaireResponse.createMany({ data: [key], skipDuplicates: true });
    const [claimed] = await tx.questionnaireResponse.updateManyAndReturn({
      where: { ...key, status: "DRAFT" },
      data: { updatedAt: now },
      select: { id: true },
    });
    if (!claimed) return null;
    await tx.answer.deleteMany({ where: { responseId: claimed.id } });
    if (rows.length > 0)
      await tx.answer.createMany({ data: rows.map((r) => ({ ...r, responseId: claimed.id })) });
    return claimed;
  }, TRANSACTION_OPTIONS);
  if (!saved) return { ok: false, formError: ALREADY_SUBMITTED, fieldErrors: {} };
  return { ok: true, data: { savedAt: now } };
}

export async function submitResponse(
  viewer: ParticipantViewer,
  input: QuestionnaireActionInput,
  now: Date = new Date(),
): Promise<ActionResult<Submitted> | null> {
  const prepared = await prepare(viewer, input, "submit", now);
  if (!prepared || !prepared.ok) return prepared?.result ?? null;
  const { target, rows, kind } = prepared;
  const { registration, questionnaire } = target;
  const graded = isScored(kind) ? scoreAnswers(questionnaire.questions, rows) : null;
  // A scored questionnaire with nothing gradable has no score rather than 0/0.
  const result = graded && graded.maxScore > 0 ? graded : null;
  const key = { questionnaireId: questionnaire.id, registrationId: registration.id };
  const db = await getDb();
  const submitted = await db.$transaction(async (tx) => {
    await tx.questionnaireResponse.createMany({ data: [key], skipDuplicates: true });
    const [claimed] = await tx.questionnaireResponse.updateManyAndReturn({
      where: { ...key, status: "DRAFT" },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        score: result?.score ?? null,
        maxScore: result?.maxScore ?? null,
      },
      select: { id: true },
    });
    if (!claimed) {
      // Lost the race: the winner committed first, so its date can be read now.
      const winner = await tx.questionnaireResponse.findUnique({
        where: { questionnaireId_registrationId: key },
        select: { submittedAt: true },
      });
      return { won: false as const, submittedAt: winner?.submittedAt ?? null };
    }
    await tx.answer.deleteMany({ where: { responseId: claimed.id } });
    if (rows.length > 0)
      await tx.answer.createMany({ data: rows.map((r) => ({ ...r, responseId: claimed.id })) });
    // Timestamped evidence of the assessment (Qualiopi indicators 8 and 11).
    await writeAudit(tx, {
      at: now,
      actorUserId: viewer.id,
      organizationId: registration.session.organizationId,
      companyId: registration.participant.companyId,
      action: "questionnaire.submitted",
      entityType: "QuestionnaireResponse",
      entityId: claimed.id,
      data: {
        kind,
        registrationId: registration.id,
        questionnaireId: questionnaire.id,
        score: result?.score ?? null,
        maxScore: result?.maxScore ?? null,
      },
    });
    return { won: true as const };
  }, TRANSACTION_OPTIONS);
  if (!submitted.won) return alreadySubmitted(submitted.submittedAt);
  // The validation test may be what the certificate was waiting for.
  if (kind === "VALIDATION") {
    inBackground("attestation disponible", () =>
      queueCertificateNotices({ id: registration.id }, now),
    );
  }
  return {
    ok: true,
    data: { submittedAt: now, score: result?.score ?? null, maxScore: result?.maxScore ?? null },
  };
}
