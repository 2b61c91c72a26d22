import { beforeAll, describe, expect, it } from "vitest";
import type { ParticipantViewer, Viewer } from "../../lib/auth/load-viewer";
import { getModulePage } from "../../lib/elearning/module";
import { flushMail } from "../../lib/mail/queue";
import { loadMyChoices, saveMyChoices } from "../../lib/notifications/preferences";
import {
  addMaterialVersion,
  getStaffMaterialFile,
  listStaffMaterials,
  publishMaterial,
} from "../../lib/organizations/materials";
import {
  ASSESSMENT_ALREADY,
  getTrainerEvaluations,
  submitTrainerAssessment,
} from "../../lib/trainers/evaluations";
import {
  answerTrainerQuestion,
  closeTrainerQuestion,
  listTrainerQuestions,
} from "../../lib/trainers/questions";
import { trainerAnswerSchema, trainerAssessmentSchema } from "../../lib/trainers/schemas";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { participantViewerFor, viewerFor } from "../support/viewers";

/**
 * The Espace formateur's supports, participants' questions and evaluations:
 * Marc reaches them on his sessions only (Julie, another trainer, and the
 * organization's staff through the trainer door get null, then 404); a
 * material goes through the organization's rules; an answer reaches the
 * participant on the module page and by e-mail as their preferences say; the
 * trainer's assessment is taken after the session's end, exactly once.
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([10, 10]);
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const FIELDS = {
  title: "Diaporama du formateur",
  type: "Diaporama",
  phase: "BEFORE" as const,
  availableForDays: null,
  availableUntil: "2030-06-30",
};

let marc: Viewer;
let julie: Viewer;
let nadia: Viewer;
let safir3: string;
let ended: string;

beforeAll(async () => {
  marc = await viewerFor("formateur@demo.test");
  julie = await viewerFor("formateur2@demo.test");
  nadia = await viewerFor("organisme@demo.test");
  const prisma = await db();
  const taught = await prisma.trainingSession.findMany({
    where: { trainers: { some: { userId: marc.id } } },
    select: { id: true, endsAt: true, course: { select: { title: true } } },
  });
  safir3 = taught.find((s) => s.course.title === "FORMATION SAFIR 3")!.id;
  ended = taught.find((s) => s.endsAt < new Date())!.id;
});

describe("Supports", () => {
  it("lets Marc publish and replace a material of his session, with the organization's rules", async () => {
    const published = await publishMaterial(
      marc,
      { sessionId: safir3, ...FIELDS },
      { name: "diapo.pdf", bytes: PDF },
      { as: "trainer" },
    );
    expect(published).toMatchObject({ ok: true, version: 1 });
    const materialId = (published as { materialId: string }).materialId;
    const v2 = await addMaterialVersion(
      marc,
      { sessionId: safir3, materialId },
      { name: "diapo-v2.pdf", bytes: PDF },
      { as: "trainer" },
    );
    expect(v2).toEqual({ ok: true, materialId, version: 2 });
    const listed = (await listStaffMaterials(marc, safir3, "trainer"))!.find(
      (m) => m.id === materialId,
    );
    expect(listed).toMatchObject({ version: 2, fileName: "diapo-v2.pdf", phase: "BEFORE" });
    expect(listed!.availableUntil).not.toBeNull();
    expect(await getStaffMaterialFile(marc, safir3, materialId, "trainer")).toMatchObject({
      fileName: "diapo-v2.pdf",
    });
    // The organization sees the trainer's material on its own page.
    expect((await listStaffMaterials(nadia, safir3))!.map((m) => m.id)).toContain(materialId);
    // The same content check as the organization's: an executable is refused, nothing stored.
    const exe = await publishMaterial(
      marc,
      { sessionId: safir3, ...FIELDS },
      { name: "diapo.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]) },
      { as: "trainer" },
    );
    expect(exe).toMatchObject({ ok: false });
    const audit = await (
      await db()
    ).auditLog.findMany({
      where: { entityId: materialId },
      select: { action: true, actorUserId: true, data: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "material.published",
      "material.version_published",
    ]);
    expect(audit.every((a) => a.actorUserId === marc.id)).toBe(true);
  });

  it("answers null to another trainer, and to Marc or staff through the wrong door", async () => {
    const material = (await listStaffMaterials(marc, safir3, "trainer"))![0]!;
    const count = await (await db()).trainingMaterialVersion.count();
    expect(await listStaffMaterials(julie, safir3, "trainer")).toBeNull();
    expect(await getStaffMaterialFile(julie, safir3, material.id, "trainer")).toBeNull();
    expect(
      await publishMaterial(
        julie,
        { sessionId: safir3, ...FIELDS },
        { name: "a.pdf", bytes: PDF },
        { as: "trainer" },
      ),
    ).toBeNull();
    expect(
      await addMaterialVersion(
        julie,
        { sessionId: safir3, materialId: material.id },
        { name: "a.pdf", bytes: PDF },
        { as: "trainer" },
      ),
    ).toBeNull();
    // Marc is no staff: the organization's door stays shut to him.
    expect(await listStaffMaterials(marc, safir3)).toBeNull();
    expect(
      await publishMaterial(marc, { sessionId: safir3, ...FIELDS }, { name: "a.pdf", bytes: PDF }),
    ).toBeNull();
    // Staff are no trainer of the session.
    expect(await listStaffMaterials(nadia, safir3, "trainer")).toBeNull();
    expect(await (await db()).trainingMaterialVersion.count()).toBe(count);
  });
});

describe("Questions des participants", () => {
  it("lists the waiting question of Marc's e-learning learner to Marc, not to Julie", async () => {
    const { open } = await listTrainerQuestions(marc);
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]).toMatchObject({ answer: null, closedAt: null });
    const theirs = await listTrainerQuestions(julie);
    expect(theirs.open.map((q) => q.id)).not.toContain(open[0]!.id);
  });

  it("refuses Julie and staff through the trainer door, changing nothing", async () => {
    const question = (await listTrainerQuestions(marc)).open[0]!;
    const input = { questionId: question.id, answer: "Réponse d'une autre.", close: true };
    expect(await answerTrainerQuestion(julie, input)).toBeNull();
    expect(await answerTrainerQuestion(nadia, input)).toBeNull();
    expect(await closeTrainerQuestion(julie, { questionId: question.id })).toBeNull();
    const row = await (
      await db()
    ).elearningQuestion.findUniqueOrThrow({ where: { id: question.id } });
    expect(row).toMatchObject({ answer: null, closedAt: null });
  });

  it("validates the answer in French", () => {
    const parsed = trainerAnswerSchema.safeParse({
      questionId: "x".repeat(25),
      answer: "Oui",
      close: true,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain(
      "Votre réponse doit compter au moins 5 caractères.",
    );
  });

  it("answers and closes: the participant reads it on the module page and gets an e-mail", async () => {
    const question = (await listTrainerQuestions(marc)).open[0]!;
    const row = await (
      await db()
    ).elearningQuestion.findUniqueOrThrow({
      where: { id: question.id },
      select: {
        registrationId: true,
        registration: {
          select: { participant: { select: { user: { select: { email: true } } } } },
        },
      },
    });
    const email = row.registration.participant.user.email;
    const answer = "Oui : le raisonnement ne dépend pas de l'effectif du cabinet.";
    expect(
      await answerTrainerQuestion(marc, { questionId: question.id, answer, close: true }),
    ).toEqual({ ok: true });
    await flushMail();
    const mails = (await outbox.read()).filter(
      (m) => m.to === email && m.subject.startsWith("Réponse à votre question"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(answer);
    expect(mails[0]!.text).toContain(`/sessions/${row.registrationId}/module`);

    const learner = await participantViewerFor(email);
    const page = await getModulePage(learner as ParticipantViewer, row.registrationId, undefined);
    const shown = page!.questions.find((q) => q.id === question.id)!;
    expect(shown.answer).toBe(answer);
    expect(shown.closedAt).not.toBeNull();

    // Closed: a second answer or closing again is refused in French, and changes nothing.
    expect(
      await answerTrainerQuestion(marc, {
        questionId: question.id,
        answer: "Autre réponse.",
        close: false,
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("close") });
    expect(await closeTrainerQuestion(marc, { questionId: question.id })).toEqual({
      ok: false,
      message: "Cette question est déjà close.",
    });
    const after = await (
      await db()
    ).elearningQuestion.findUniqueOrThrow({ where: { id: question.id } });
    expect(after.answer).toBe(answer);
    expect((await listTrainerQuestions(marc)).closed.map((q) => q.id)).toContain(question.id);
  });

  it("keeps a question open when asked, closes it later, and follows the learner's preferences", async () => {
    const prisma = await db();
    const question = (await listTrainerQuestions(marc)).closed[0]!;
    const source = await prisma.elearningQuestion.findUniqueOrThrow({
      where: { id: question.id },
      select: {
        registrationId: true,
        moduleId: true,
        registration: { select: { participant: { select: { userId: true } } } },
      },
    });
    const asked = await prisma.elearningQuestion.create({
      data: {
        registrationId: source.registrationId,
        moduleId: source.moduleId,
        body: "Une seconde question sur le module ?",
      },
      select: { id: true },
    });
    expect(await closeTrainerQuestion(marc, { questionId: asked.id })).toEqual({
      ok: false,
      message: "Répondez à la question avant de la clore.",
    });
    const before = (await outbox.read()).length;
    const learner = { id: source.registration.participant.userId };
    await saveMyChoices(learner, { ...(await loadMyChoices(learner)), ELEARNING: "NEVER" });
    expect(
      await answerTrainerQuestion(marc, {
        questionId: asked.id,
        answer: "Voyez l'unité 3, section 2.",
        close: false,
      }),
    ).toEqual({ ok: true });
    expect(
      (await prisma.elearningQuestion.findUniqueOrThrow({ where: { id: asked.id } })).closedAt,
    ).toBeNull();
    expect(await closeTrainerQuestion(marc, { questionId: asked.id })).toEqual({ ok: true });
    await flushMail();
    expect((await outbox.read()).length).toBe(before);
  });
});

describe("Évaluations", () => {
  it("shows Marc the group's results of his ended session, free texts included, not to Julie", async () => {
    const evaluations = await getTrainerEvaluations(marc, ended);
    expect(evaluations).toMatchObject({ ended: true, assessment: null });
    const kinds = evaluations!.questionnaires.map((q) => q.kind);
    expect(kinds).toEqual(expect.arrayContaining(["VALIDATION", "SATISFACTION"]));
    const validation = evaluations!.questionnaires.find((q) => q.kind === "VALIDATION")!;
    expect(validation.submitted).toBeGreaterThan(0);
    expect(validation.scores.length).toBe(validation.submitted);
    const satisfaction = evaluations!.questionnaires.find((q) => q.kind === "SATISFACTION")!;
    expect(satisfaction.questions.some((q) => q.average !== null)).toBe(true);
    expect(await getTrainerEvaluations(julie, ended)).toBeNull();
    expect(await getTrainerEvaluations(nadia, ended)).toBeNull();
  });

  it("validates the assessment in French, and takes again what the form's own check returned", () => {
    const parsed = trainerAssessmentSchema.safeParse({ sessionId: ended, objectivesRating: "0" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain("Choisissez une note de 1 à 5.");
    const checked = trainerAssessmentSchema.parse({
      sessionId: ended,
      objectivesRating: "4",
      groupRating: "4",
      conditionsRating: "4",
      strengths: " ",
      improvements: "",
    });
    expect(trainerAssessmentSchema.parse(checked)).toEqual(checked);
  });

  it("takes the assessment after the end only, exactly once, and from his sessions only", async () => {
    const input = trainerAssessmentSchema.parse({
      sessionId: ended,
      objectivesRating: "4",
      groupRating: "3",
      conditionsRating: "5",
      strengths: "Groupe curieux, bons échanges sur les cas pratiques.",
      improvements: "",
    });
    expect(await submitTrainerAssessment(julie, input)).toBeNull();
    expect(await submitTrainerAssessment(marc, { ...input, sessionId: safir3 })).toEqual({
      ok: false,
      message: "L'évaluation de la session s'ouvre à sa fin.",
    });
    expect(await submitTrainerAssessment(marc, input)).toEqual({ ok: true });
    const again = await Promise.all([
      submitTrainerAssessment(marc, input),
      submitTrainerAssessment(marc, input),
    ]);
    expect(again).toEqual([
      { ok: false, message: ASSESSMENT_ALREADY },
      { ok: false, message: ASSESSMENT_ALREADY },
    ]);
    const rows = await (
      await db()
    ).trainerAssessment.findMany({ where: { sessionId: ended, userId: marc.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ objectivesRating: 4, improvements: null });
    expect((await getTrainerEvaluations(marc, ended))!.assessment).toMatchObject({
      strengths: "Groupe curieux, bons échanges sur les cas pratiques.",
    });
  });
});
