import { describe, expect, it } from "vitest";
import type { QuestionnaireKind } from "../../lib/db/generated/enums";
import { QUESTIONNAIRE_SLUGS } from "../../lib/questionnaires/kinds";
import { getQuestionnairePage } from "../../lib/questionnaires/load";
import { questionnaireActionSchema } from "../../lib/questionnaires/schemas";
import { saveDraft, submitResponse } from "../../lib/responses/writes";
import { countQueries } from "../../lib/db/query-count";
import { getSessionDetails } from "../../lib/sessions/details";
import { listMySessions } from "../../lib/sessions/list";
import { parseSessionListQuery } from "../../lib/sessions/list-query";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const DAY = 86_400_000;

async function registrationOf(email: string, reference: string) {
  const prisma = await db();
  const viewer = await participantViewerFor(email);
  const registration = await prisma.registration.findFirstOrThrow({
    where: { participantId: viewer.participantId, session: { reference } },
    select: {
      id: true,
      sessionId: true,
      session: { select: { startsAt: true, endsAt: true, courseId: true } },
    },
  });
  return { viewer, registration };
}

async function questionsOf(sessionId: string, kind: QuestionnaireKind) {
  const prisma = await db();
  return prisma.questionnaire.findFirstOrThrow({
    where: { sessionId, kind },
    select: {
      id: true,
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, type: true, options: { select: { id: true, isCorrect: true } } },
      },
    },
  });
}

/** Right answers to the scored questions; 4 on scales, some text. */
function rightAnswers(
  questions: { id: string; type: string; options: { id: string; isCorrect: boolean }[] }[],
  wrong: ReadonlySet<string> = new Set(),
) {
  return Object.fromEntries(
    questions.map((q) => {
      const right = q.options.filter((o) => o.isCorrect).map((o) => o.id);
      const other = q.options.filter((o) => !o.isCorrect).map((o) => o.id);
      if (q.type === "SINGLE_CHOICE") return [q.id, wrong.has(q.id) ? other[0] : right[0]];
      if (q.type === "MULTIPLE_CHOICE") return [q.id, wrong.has(q.id) ? other : right];
      if (q.type === "SCALE_1_5" || q.type === "SCALE_0_10") return [q.id, 4];
      return [q.id, "Une réponse."];
    }),
  );
}

async function responseCount(questionnaireId: string, registrationId: string) {
  return (await db()).questionnaireResponse.count({ where: { questionnaireId, registrationId } });
}

/** A one-question questionnaire of the session's own (what an organization would add). */
async function addQuestionnaire(
  sessionId: string,
  kind: QuestionnaireKind,
  window: { opensAt?: Date; closesAt?: Date } = {},
) {
  return (await db()).questionnaire.create({
    data: {
      sessionId,
      kind,
      title: `Test ${kind}`,
      ...window,
      questions: {
        create: {
          position: 1,
          type: "SINGLE_CHOICE",
          label: "Question",
          points: 1,
          options: {
            create: [
              { position: 1, label: "Oui", isCorrect: true },
              { position: 2, label: "Non", isCorrect: false },
            ],
          },
        },
      },
    },
    select: { id: true, questions: { select: { id: true, options: { select: { id: true } } } } },
  });
}

describe("the positioning test (Claire's FORMATION SAFIR 2, pending)", () => {
  it("shows its questions without the answer key, keeps a draft, then submits and scores", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "20230117");
    const page = await getQuestionnairePage(viewer, registration.id, "POSITIONING");
    expect(page).toMatchObject({ state: "open", scored: true, draft: null, submitted: null });
    expect(page?.questions).toHaveLength(2);
    expect(JSON.stringify(page)).not.toMatch(/isCorrect/);

    const questionnaire = await questionsOf(registration.sessionId, "POSITIONING");
    const [first, second] = questionnaire.questions;
    const answers = rightAnswers(questionnaire.questions, new Set([second!.id]));
    const input = { registrationId: registration.id, kind: QUESTIONNAIRE_SLUGS.POSITIONING };

    // A partial draft: required answers may wait.
    const draft = await saveDraft(viewer, {
      ...input,
      answers: { [first!.id]: answers[first!.id] },
    });
    expect(draft).toMatchObject({ ok: true });
    const back = await getQuestionnairePage(viewer, registration.id, "POSITIONING");
    expect(back?.draft?.answers).toEqual({ [first!.id]: answers[first!.id], [second!.id]: null });

    // Submitting needs every required answer.
    const missing = await submitResponse(viewer, {
      ...input,
      answers: { [first!.id]: answers[first!.id] },
    });
    expect(missing).toEqual({
      ok: false,
      formError: "Certaines réponses sont à compléter ou à corriger.",
      fieldErrors: { [`answers.${second!.id}`]: ["Choisissez une réponse."] },
    });

    const before = new Date();
    const done = await submitResponse(viewer, { ...input, answers });
    expect(done).toMatchObject({ ok: true, data: { score: 1, maxScore: 2 } });

    const prisma = await db();
    const stored = await prisma.questionnaireResponse.findUniqueOrThrow({
      where: {
        questionnaireId_registrationId: {
          questionnaireId: questionnaire.id,
          registrationId: registration.id,
        },
      },
      select: { status: true, score: true, maxScore: true, submittedAt: true, answers: true },
    });
    // Qualiopi indicator 8: the positioning result, stored with its time.
    expect(stored).toMatchObject({ status: "SUBMITTED", score: 1, maxScore: 2 });
    expect(stored.submittedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(stored.answers).toHaveLength(2);

    // The card no longer offers it.
    const cards = await listMySessions(viewer, parseSessionListQuery({ q: "20230117" }));
    expect(cards.cards[0]?.actions.positioningTest).toBe(false);

    // Once the organization confirms, "Chiffres clés" shows the score and the entry says done.
    await prisma.registration.update({
      where: { id: registration.id },
      data: { status: "CONFIRMED", confirmedAt: new Date() },
    });
    const details = await getSessionDetails(viewer, registration.id);
    expect(details?.positioningScore).toEqual({ score: 1, maxScore: 2 });
    expect(details?.questionnaires.find((e) => e.kind === "POSITIONING")).toMatchObject({
      state: "done",
      score: { score: 1, maxScore: 2 },
    });
    expect((await getQuestionnairePage(viewer, registration.id, "POSITIONING"))?.state).toBe(
      "submitted",
    );
  });

  it("is answered by a confirmed participant before the start, never after", async () => {
    // FORMATION SAFIR 3: Claire's confirmed, upcoming virtual class.
    const { viewer, registration } = await registrationOf("participant@demo.test", "20230119");
    const prisma = await db();
    await prisma.questionnaire.deleteMany({
      where: { sessionId: registration.sessionId, kind: "POSITIONING" },
    });
    const q = await addQuestionnaire(registration.sessionId, "POSITIONING");
    const input = {
      registrationId: registration.id,
      kind: QUESTIONNAIRE_SLUGS.POSITIONING,
      answers: { [q.questions[0]!.id]: q.questions[0]!.options[0]!.id },
    };
    const afterStart = new Date(registration.session.startsAt.getTime() + 60_000);
    expect(await submitResponse(viewer, input, afterStart)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/avant le début de la session/),
    });
    expect(await responseCount(q.id, registration.id)).toBe(0);
    expect(await submitResponse(viewer, input)).toMatchObject({ ok: true });
  });
});

describe("validation test and satisfaction survey (Claire's ASFODEM session, ended)", () => {
  it("refuses tampered payloads question by question and stores nothing", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "06230008");
    const questionnaire = await questionsOf(registration.sessionId, "SATISFACTION");
    const byType = (type: string) => questionnaire.questions.find((q) => q.type === type)!;
    const scale = byType("SCALE_1_5");
    const nps = byType("SCALE_0_10");
    const text = byType("LONG_TEXT");
    const valid = rightAnswers(questionnaire.questions);
    const input = { registrationId: registration.id, kind: QUESTIONNAIRE_SLUGS.SATISFACTION };

    for (const submit of [saveDraft, submitResponse]) {
      const result = await submit(viewer, {
        ...input,
        answers: {
          ...valid,
          [scale.id]: 9,
          [nps.id]: -1,
          [text.id]: "x".repeat(5001),
          unknownQuestion: 3,
        },
      });
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: {
          [`answers.${scale.id}`]: ["Choisissez une note entre 1 et 5."],
          [`answers.${nps.id}`]: ["Choisissez une note entre 0 et 10."],
          [`answers.${text.id}`]: [
            expect.stringMatching(/^Votre réponse dépasse 5.000 caractères/),
          ],
          "answers.unknownQuestion": ["Cette question ne fait pas partie du questionnaire."],
        },
      });
    }
    // A question of another questionnaire is unknown here too.
    const validation = await questionsOf(registration.sessionId, "VALIDATION");
    const single = validation.questions.find((q) => q.type === "SINGLE_CHOICE")!;
    const foreign = await submitResponse(viewer, {
      registrationId: registration.id,
      kind: "validation",
      answers: {
        ...rightAnswers(validation.questions),
        [single.id]: single.options.map((o) => o.id),
      },
    });
    expect(foreign).toMatchObject({
      ok: false,
      fieldErrors: {
        [`answers.${single.id}`]: ["Une seule réponse est possible pour cette question."],
      },
    });
    expect(await responseCount(questionnaire.id, registration.id)).toBe(0);
    expect(await responseCount(validation.id, registration.id)).toBe(0);

    // The action's envelope: an unknown kind or a non-object never reaches the rules.
    expect(
      questionnaireActionSchema.safeParse({ ...input, kind: "inconnu", answers: {} }).success,
    ).toBe(false);
    expect(questionnaireActionSchema.safeParse({ ...input, answers: "x" }).success).toBe(false);
  });

  it("refuses answers outside the window, with its dates", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "06230008");
    const questionnaire = await questionsOf(registration.sessionId, "VALIDATION");
    const input = {
      registrationId: registration.id,
      kind: QUESTIONNAIRE_SLUGS.VALIDATION,
      answers: rightAnswers(questionnaire.questions),
    };
    // Ten whole days after the end day, then closed.
    const late = new Date(registration.session.endsAt.getTime() + 12 * DAY);
    expect(await submitResponse(viewer, input, late)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Ce questionnaire est clos depuis le \d\d\/\d\d\/\d{4} \(ouvert à partir du \d\d\/\d\d\/\d{4} à \d{1,2}h\d\d\)/,
      ),
    });
    expect(await saveDraft(viewer, input, late)).toMatchObject({ ok: false });
    expect((await getQuestionnairePage(viewer, registration.id, "VALIDATION", late))?.state).toBe(
      "closed",
    );
    const early = new Date(registration.session.endsAt.getTime() - 60_000);
    expect(await submitResponse(viewer, input, early)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(
        /^Ce questionnaire n'est pas encore ouvert : il le sera à partir du/,
      ),
    });
    expect(await responseCount(questionnaire.id, registration.id)).toBe(0);
  });

  it("are on the ended card with their deadline, then done with the score", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "06230008");
    const card = async () =>
      (await listMySessions(viewer, parseSessionListQuery({ vue: "terminees", q: "06230008" })))
        .cards[0]!;
    const before = await card();
    expect(before.actions.validationTest).toMatchObject({
      state: "todo",
      href: `/sessions/${registration.id}/questionnaires/validation`,
      dateLabel: expect.stringMatching(/^à compléter avant le \d\d\/\d\d\/\d{4}$/),
    });
    expect(before.actions.satisfaction).toMatchObject({ state: "todo" });

    const questionnaire = await questionsOf(registration.sessionId, "VALIDATION");
    const multiple = questionnaire.questions.find((q) => q.type === "MULTIPLE_CHOICE")!;
    const result = await submitResponse(viewer, {
      registrationId: registration.id,
      kind: "validation",
      answers: rightAnswers(questionnaire.questions, new Set([multiple.id])),
    });
    // Two single choices right (1 point each), the multiple choice wrong (0 of 2).
    expect(result).toMatchObject({ ok: true, data: { score: 2, maxScore: 4 } });

    const after = await card();
    expect(after.actions.validationTest).toMatchObject({
      state: "done",
      score: { score: 2, maxScore: 4 },
    });
    const details = await getSessionDetails(viewer, registration.id);
    expect(details?.questionnaires.map((e) => [e.kind, e.state])).toEqual([
      ["VALIDATION", "done"],
      ["SATISFACTION", "todo"],
    ]);
    const page = await getQuestionnairePage(viewer, registration.id, "VALIDATION");
    expect(page).toMatchObject({ state: "submitted", submitted: { score: 2, maxScore: 4 } });
    // What the certificate rule reads: the SUBMITTED VALIDATION response's score.
    const certificateInput = await (
      await db()
    ).questionnaireResponse.findFirstOrThrow({
      where: {
        registrationId: registration.id,
        status: "SUBMITTED",
        questionnaire: { kind: "VALIDATION" },
      },
      select: { score: true, maxScore: true },
    });
    expect(certificateInput).toEqual({ score: 2, maxScore: 4 });
  });

  it("keeps one query for the details and the list with the questionnaires' states", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "06230008");
    const details = await countQueries(() => getSessionDetails(viewer, registration.id));
    expect(details.queries).toBe(1);
    const list = await countQueries(() =>
      listMySessions(viewer, parseSessionListQuery({ vue: "terminees" })),
    );
    expect(list.queries).toBeLessThanOrEqual(4);
  });

  it("follows the organization's own dates", async () => {
    const { viewer, registration } = await registrationOf("participant@demo.test", "06230008");
    // The organization closed the survey early: its date wins.
    const prisma = await db();
    const survey = await questionsOf(registration.sessionId, "SATISFACTION");
    await prisma.questionnaire.update({
      where: { id: survey.id },
      data: { opensAt: new Date(Date.now() - 3 * DAY), closesAt: new Date(Date.now() - DAY) },
    });
    expect(
      await submitResponse(viewer, {
        registrationId: registration.id,
        kind: "satisfaction",
        answers: rightAnswers(survey.questions),
      }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/^Ce questionnaire est clos/) });
    const card = (
      await listMySessions(viewer, parseSessionListQuery({ vue: "terminees", q: "06230008" }))
    ).cards[0]!;
    expect(card.actions.satisfaction).toMatchObject({ state: "closed" });
  });
});

describe("who may answer", () => {
  it("gives another participant a 404 on Claire's questionnaires and changes nothing", async () => {
    const { registration } = await registrationOf("participant@demo.test", "06230008");
    const thomas = await participantViewerFor("participant2@demo.test");
    const questionnaire = await questionsOf(registration.sessionId, "SATISFACTION");
    const input = {
      registrationId: registration.id,
      kind: QUESTIONNAIRE_SLUGS.SATISFACTION,
      answers: rightAnswers(questionnaire.questions),
    };
    expect(await getQuestionnairePage(thomas, registration.id, "SATISFACTION")).toBeNull();
    expect(await saveDraft(thomas, input)).toBeNull();
    expect(await submitResponse(thomas, input)).toBeNull();
    expect(await submitResponse(thomas, { ...input, registrationId: "inconnu" })).toBeNull();
    expect(await responseCount(questionnaire.id, registration.id)).toBe(0);
  });

  it("answers 404 for a kind the session does not have", async () => {
    // "Pack Actualités": no questionnaire of its own, nor of its course, for positioning.
    const { viewer, registration } = await registrationOf("participant@demo.test", "41230106");
    const prisma = await db();
    await prisma.questionnaire.deleteMany({
      where: {
        kind: "POSITIONING",
        OR: [{ sessionId: registration.sessionId }, { courseId: registration.session.courseId }],
      },
    });
    expect(await getQuestionnairePage(viewer, registration.id, "POSITIONING")).toBeNull();
  });

  it("keeps validation and satisfaction for confirmed registrations", async () => {
    // FORMATION SAFIR 2 is pending: its own validation test is not Claire's to take yet.
    const { viewer, registration } = await registrationOf("participant@demo.test", "20230117");
    const prisma = await db();
    await prisma.registration.update({
      where: { id: registration.id },
      data: { status: "PENDING" },
    });
    const questionnaire = await questionsOf(registration.sessionId, "VALIDATION");
    const afterEnd = new Date(registration.session.endsAt.getTime() + DAY);
    const result = await submitResponse(
      viewer,
      {
        registrationId: registration.id,
        kind: "validation",
        answers: rightAnswers(questionnaire.questions),
      },
      afterEnd,
    );
    expect(result).toMatchObject({
      ok: false,
      formError: "Ce questionnaire est réservé aux participants dont l'inscription est confirmée.",
    });
    expect(
      (await getQuestionnairePage(viewer, registration.id, "VALIDATION", afterEnd))?.state,
    ).toBe("not-allowed");
    expect(await responseCount(questionnaire.id, registration.id)).toBe(0);
  });

  it("does not open a validation test before the session ends", async () => {
    // Test Cycle 1ère année: confirmed, upcoming.
    const { viewer, registration } = await registrationOf("participant@demo.test", "20230050");
    const q = await addQuestionnaire(registration.sessionId, "VALIDATION");
    const page = await getQuestionnairePage(viewer, registration.id, "VALIDATION");
    expect(page).toMatchObject({ state: "not-yet-open", questions: [] });
    const details = await getSessionDetails(viewer, registration.id);
    expect(details?.questionnaires.find((e) => e.kind === "VALIDATION")).toMatchObject({
      state: "upcoming",
      dateLabel: expect.stringMatching(/^disponible à partir du /),
    });
    expect(
      await submitResponse(viewer, {
        registrationId: registration.id,
        kind: "validation",
        answers: { [q.questions[0]!.id]: q.questions[0]!.options[0]!.id },
      }),
    ).toMatchObject({ ok: false, formError: expect.stringMatching(/pas encore ouvert/) });
  });
});
