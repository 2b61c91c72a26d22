import { describe, expect, it } from "vitest";
import type { QuestionnaireKind } from "../../lib/db/generated/enums";
import { QUESTIONNAIRE_SLUGS } from "../../lib/questionnaires/kinds";
import { saveDraft, submitResponse } from "../../lib/responses/writes";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");

/** Claire's registration to a session of the demo, and that session's questionnaire of a kind. */
async function claireTarget(reference: string, kind: QuestionnaireKind) {
  const prisma = await db();
  const claire = await participantViewerFor("participant@demo.test");
  const registration = await prisma.registration.findFirstOrThrow({
    where: { participantId: claire.participantId, session: { reference } },
    select: { id: true, sessionId: true },
  });
  const questionnaire = await prisma.questionnaire.findFirstOrThrow({
    where: { sessionId: registration.sessionId, kind },
    select: {
      id: true,
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, type: true, options: { select: { id: true, isCorrect: true } } },
      },
    },
  });
  return { claire, registration, questionnaire };
}

/** Every question answered: the right options, the given scale value, some text. */
function answersFor(
  questions: { id: string; type: string; options: { id: string; isCorrect: boolean }[] }[],
  scale: number,
) {
  return Object.fromEntries(
    questions.map((q) => {
      const right = q.options.filter((o) => o.isCorrect).map((o) => o.id);
      switch (q.type) {
        case "SINGLE_CHOICE":
          return [q.id, right[0]];
        case "MULTIPLE_CHOICE":
          return [q.id, right];
        case "SCALE_1_5":
          return [q.id, Math.min(scale, 5)];
        case "SCALE_0_10":
          return [q.id, scale];
        default:
          return [q.id, `Réponse libre ${scale}`];
      }
    }),
  );
}

describe("a questionnaire is submitted exactly once", () => {
  // PGlite runs the 50 transactions one after the other: give a busy machine time.
  it(
    "stores one response out of 50 concurrent submissions and tells the 49 others",
    { timeout: 180_000 },
    async () => {
      const { claire, registration, questionnaire } = await claireTarget("06230008", "VALIDATION");
      const input = {
        registrationId: registration.id,
        kind: QUESTIONNAIRE_SLUGS.VALIDATION,
        answers: answersFor(questionnaire.questions, 5),
      };

      const results = await Promise.all(
        Array.from({ length: 50 }, () => submitResponse(claire, input)),
      );

      const won = results.filter((r) => r?.ok);
      const lost = results.filter((r) => r && !r.ok);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const r of lost) {
        expect(r).toMatchObject({
          ok: false,
          formError: expect.stringMatching(/^Vous avez déjà envoyé ce questionnaire/),
        });
      }
      // The guide's ASFODEM test: two single choices (1 point) and a multiple choice (2 points).
      expect(won[0]).toMatchObject({ ok: true, data: { score: 4, maxScore: 4 } });

      const prisma = await db();
      const responses = await prisma.questionnaireResponse.findMany({
        where: { questionnaireId: questionnaire.id, registrationId: registration.id },
        select: { status: true, score: true, maxScore: true, submittedAt: true, answers: true },
      });
      expect(responses).toHaveLength(1);
      expect(responses[0]).toMatchObject({ status: "SUBMITTED", score: 4, maxScore: 4 });
      expect(responses[0]?.submittedAt).toBeInstanceOf(Date);
      expect(responses[0]?.answers).toHaveLength(questionnaire.questions.length);
      const audit = await prisma.auditLog.count({
        where: {
          action: "questionnaire.submitted",
          data: { path: ["registrationId"], equals: registration.id },
        },
      });
      expect(audit).toBe(1);
    },
  );

  it("keeps the submitted answers when drafts from another tab race with the submission", async () => {
    const { claire, registration, questionnaire } = await claireTarget("06230008", "SATISFACTION");
    const base = { registrationId: registration.id, kind: QUESTIONNAIRE_SLUGS.SATISFACTION };
    const submitted = answersFor(questionnaire.questions, 4);
    const draft = answersFor(questionnaire.questions, 1);

    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? submitResponse(claire, { ...base, answers: submitted })
          : saveDraft(claire, { ...base, answers: draft }),
      ),
    );
    const submissions = results.filter((_, i) => i % 3 === 0);
    expect(submissions.filter((r) => r?.ok)).toHaveLength(1);

    const prisma = await db();
    const response = await prisma.questionnaireResponse.findUniqueOrThrow({
      where: {
        questionnaireId_registrationId: {
          questionnaireId: questionnaire.id,
          registrationId: registration.id,
        },
      },
      select: {
        status: true,
        score: true,
        answers: { select: { numberValue: true, textValue: true } },
      },
    });
    // A satisfaction survey has no score; every stored answer is the submitted one.
    expect(response).toMatchObject({ status: "SUBMITTED", score: null });
    expect(response.answers.length).toBeGreaterThan(0);
    for (const a of response.answers) {
      if (a.numberValue !== null) expect(a.numberValue).toBe(4);
      if (a.textValue !== null) expect(a.textValue).toBe("Réponse libre 4");
    }

    // Afterwards, a draft from a stale tab is refused and changes nothing.
    const late = await saveDraft(claire, { ...base, answers: draft });
    expect(late).toMatchObject({ ok: false, formError: expect.stringMatching(/déjà envoyé/) });
    const again = await submitResponse(claire, { ...base, answers: draft });
    expect(again).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Vous avez déjà envoyé ce questionnaire le \d\d\/\d\d\/\d{4} à \d{1,2}h\d\d/,
      ),
    });
  });
});
