import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flushMail } from "../../lib/mail/queue";
import { recordAttendance, updateCertificateRule } from "../../lib/organizations/attendance";
import {
  answerElearningQuestion,
  listAuditEntries,
  recordStaffPayment,
} from "../../lib/organizations/back-office";
import { detectFileType, MAX_MATERIAL_BYTES } from "../../lib/organizations/file-type";
import {
  addMaterialVersion,
  getStaffMaterialFile,
  listStaffMaterials,
  publishMaterial,
} from "../../lib/organizations/materials";
import { decideRegistrations, registerByEmail } from "../../lib/organizations/registrations";
import { getSessionResults, resultsCsv } from "../../lib/organizations/results";
import { getStaffSession, listOrganizationSessions } from "../../lib/organizations/sessions";
import { listStaffInvoices } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
let outbox: string;
beforeAll(async () => {
  outbox = await fs.mkdtemp(path.join(os.tmpdir(), "parcours-outbox-"));
  process.env.OUTBOX_DIR = outbox;
});
afterAll(async () => {
  await flushMail();
  delete process.env.OUTBOX_DIR;
  await fs.rm(outbox, { recursive: true, force: true });
});

const PDF = new Uint8Array(
  Buffer.from("%PDF-1.7\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const zipWith = (...names: string[]) =>
  new Uint8Array(
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join("\0"), "latin1")]),
  );

async function supexprtiseStaff() {
  const staff = await (
    await db()
  ).organizationStaff.findFirstOrThrow({
    where: { organization: { name: "SUPEXPRTISE Paris" } },
    select: { user: { select: { email: true } } },
  });
  return viewerFor(staff.user.email);
}

async function crfcSession() {
  return (await db()).trainingSession.findFirstOrThrow({
    where: {
      organization: { name: "CRFC Centre-Est" },
      slots: { some: {} },
      registrations: { some: { status: "CONFIRMED" } },
    },
    select: {
      id: true,
      slots: { select: { id: true }, take: 1 },
      registrations: {
        where: { status: { in: ["CONFIRMED", "PENDING"] } },
        select: { id: true, status: true },
      },
    },
  });
}

describe("isolation between organizations", () => {
  it("answers null (then 404) for another organization's session, registrations, results and files", async () => {
    const other = await supexprtiseStaff();
    const nadia = await viewerFor("organisme@demo.test");
    const session = await crfcSession();
    const registrationId = session.registrations[0]!.id;

    expect(await getStaffSession(nadia, session.id)).not.toBeNull();
    expect(await getStaffSession(other, session.id)).toBeNull();
    expect(
      (await listOrganizationSessions(other, { period: "upcoming" })).some(
        (s) => s.id === session.id,
      ),
    ).toBe(false);
    expect(
      await decideRegistrations(other, {
        sessionId: session.id,
        registrationIds: [registrationId],
        decision: "confirm",
      }),
    ).toBeNull();
    // Another organization's registration slipped into one's own session id: refused too.
    const ownSession = (await listOrganizationSessions(other, { period: "upcoming" }))[0]!;
    expect(
      await decideRegistrations(other, {
        sessionId: ownSession.id,
        registrationIds: [registrationId],
        decision: "refuse",
        reason: "x x x",
      }),
    ).toBeNull();
    expect(
      await recordAttendance(other, {
        sessionId: session.id,
        slotId: session.slots[0]!.id,
        marks: [{ registrationId, status: "PRESENT" }],
      }),
    ).toBeNull();
    expect(
      await updateCertificateRule(other, {
        sessionId: session.id,
        rule: "ATTENDANCE",
        minAttendancePercent: 50,
        passPercent: 50,
      }),
    ).toBeNull();
    expect(
      await registerByEmail(other, {
        sessionId: session.id,
        email: "x@exemple.test",
        firstName: "X",
        lastName: "Y",
      }),
    ).toBeNull();
    expect(await getSessionResults(other, session.id)).toBeNull();
    expect(await listStaffMaterials(other, session.id)).toBeNull();
    expect(
      await publishMaterial(
        other,
        {
          sessionId: session.id,
          title: "T",
          type: "PDF",
          phase: "BEFORE",
          availableForDays: null,
          availableUntil: null,
        },
        { name: "a.pdf", bytes: PDF },
      ),
    ).toBeNull();

    const material = await (
      await db()
    ).trainingMaterial.findFirst({
      where: { session: { organization: { name: "CRFC Centre-Est" } } },
      select: { id: true, sessionId: true },
    });
    if (material) {
      expect(await getStaffMaterialFile(nadia, material.sessionId, material.id)).not.toBeNull();
      expect(await getStaffMaterialFile(other, material.sessionId, material.id)).toBeNull();
      expect(
        await addMaterialVersion(
          other,
          { sessionId: material.sessionId, materialId: material.id },
          { name: "a.pdf", bytes: PDF },
        ),
      ).toBeNull();
    }

    const crfcInvoice = await (
      await db()
    ).invoice.findFirstOrThrow({
      where: { organization: { name: "CRFC Centre-Est" }, status: "ISSUED" },
      select: { id: true },
    });
    expect((await listStaffInvoices(other)).some((i) => i.id === crfcInvoice.id)).toBe(false);
    expect(
      await recordStaffPayment(other, {
        invoiceId: crfcInvoice.id,
        amountCents: 100,
        method: "CHEQUE",
        paidAt: new Date(),
      }),
    ).toBeNull();

    const question = await (
      await db()
    ).elearningQuestion.findFirst({
      where: { registration: { session: { organization: { name: "CRFC Centre-Est" } } } },
      select: { id: true },
    });
    if (question) {
      expect(
        await answerElearningQuestion(other, { questionId: question.id, answer: "Réponse pirate" }),
      ).toBeNull();
    }
    expect((await listAuditEntries(other)).every((e) => e.entityId !== registrationId)).toBe(true);
  });

  it("gives a participant without staff role nothing", async () => {
    const claire = await viewerFor("participant@demo.test");
    const session = await crfcSession();
    expect(await getStaffSession(claire, session.id)).toBeNull();
    expect(await listOrganizationSessions(claire)).toEqual([]);
  });
});

describe("training materials", () => {
  it("detects the type from the content, not the name", () => {
    expect(detectFileType(PDF)?.mimeType).toBe("application/pdf");
    expect(detectFileType(PNG)?.mimeType).toBe("image/png");
    expect(detectFileType(JPEG)?.mimeType).toBe("image/jpeg");
    expect(detectFileType(zipWith("[Content_Types].xml", "word/document.xml"))?.extension).toBe(
      "docx",
    );
    expect(detectFileType(zipWith("[Content_Types].xml", "xl/workbook.xml"))?.extension).toBe(
      "xlsx",
    );
    expect(detectFileType(zipWith("[Content_Types].xml", "ppt/presentation.xml"))?.extension).toBe(
      "pptx",
    );
    expect(detectFileType(zipWith("payload.exe"))).toBeNull();
    expect(detectFileType(new Uint8Array(Buffer.from("MZ\x90\x00 executable")))).toBeNull();
  });

  it("publishes, versions, refuses bad files with a French message and stores nothing for them", async () => {
    const nadia = await viewerFor("organisme@demo.test");
    const session = await crfcSession();
    const fields = {
      sessionId: session.id,
      title: "Diaporama du jour 1",
      type: "Diaporama",
      phase: "DURING" as const,
      availableForDays: 30,
      availableUntil: null,
    };
    const before = await (await db()).trainingMaterialVersion.count();

    const exe = await publishMaterial(nadia, fields, {
      name: "programme.pdf",
      bytes: new Uint8Array(Buffer.from("MZ\x90\x00 pas un pdf")),
    });
    expect(exe).toEqual({
      ok: false,
      message: expect.stringMatching(/^Type de fichier non accepté/),
    });
    const big = new Uint8Array(MAX_MATERIAL_BYTES + 1);
    big.set(PDF);
    expect(await publishMaterial(nadia, fields, { name: "gros.pdf", bytes: big })).toEqual({
      ok: false,
      message: "Le fichier dépasse la taille maximale de 20 Mo.",
    });
    expect(await (await db()).trainingMaterialVersion.count()).toBe(before);

    const published = await publishMaterial(nadia, fields, { name: "diapo.PDF", bytes: PDF });
    expect(published).toMatchObject({ ok: true, version: 1 });
    const materialId = (published as { materialId: string }).materialId;
    const v2 = await addMaterialVersion(
      nadia,
      { sessionId: session.id, materialId },
      { name: "diapo-v2.png", bytes: PNG },
    );
    expect(v2).toMatchObject({ ok: true, version: 2 });
    const listed = (await listStaffMaterials(nadia, session.id))!.find((m) => m.id === materialId);
    expect(listed).toMatchObject({
      title: "Diaporama du jour 1",
      version: 2,
      fileName: "diapo-v2.png",
    });
    const file = await getStaffMaterialFile(nadia, session.id, materialId);
    expect(file?.mimeType).toBe("image/png");
    expect(
      await (
        await db()
      ).auditLog.count({ where: { entityId: materialId, action: { startsWith: "material." } } }),
    ).toBe(2);
  });
});

describe("results, questions, payments, audit", () => {
  it("summarises questionnaire results and exports them as CSV", async () => {
    const nadia = await viewerFor("organisme@demo.test");
    const withResponses = await (
      await db()
    ).trainingSession.findFirstOrThrow({
      where: {
        organization: { name: "CRFC Centre-Est" },
        registrations: {
          some: {
            responses: { some: { status: "SUBMITTED", questionnaire: { kind: "SATISFACTION" } } },
          },
        },
      },
      select: { id: true },
    });
    const results = (await getSessionResults(nadia, withResponses.id))!;
    const satisfaction = results.questionnaires.find((q) => q.kind === "SATISFACTION")!;
    expect(satisfaction.submitted).toBeGreaterThan(0);
    expect(satisfaction.questions.some((q) => q.average && q.average.value > 0)).toBe(true);
    const csv = resultsCsv(results);
    expect(csv.startsWith("\ufeffQuestionnaire;Type;Participant;Soumis le")).toBe(true);
    expect(csv).toContain("Questionnaire de satisfaction");
  });

  it("answers an e-learning question and records a payment on its own invoices", async () => {
    const nadia = await viewerFor("organisme@demo.test");
    const question = await (
      await db()
    ).elearningQuestion.findFirst({
      where: { registration: { session: { organization: { name: "CRFC Centre-Est" } } } },
      select: { id: true },
    });
    if (question) {
      expect(
        await answerElearningQuestion(nadia, {
          questionId: question.id,
          answer: "Oui, sous conditions.",
        }),
      ).toEqual({ ok: true });
      expect(
        (await (await db()).elearningQuestion.findUniqueOrThrow({ where: { id: question.id } }))
          .answer,
      ).toBe("Oui, sous conditions.");
    }
    const invoice = (await listStaffInvoices(nadia, { unpaidOnly: true }))[0]!;
    const result = await recordStaffPayment(nadia, {
      invoiceId: invoice.id,
      amountCents: 100,
      method: "BANK_TRANSFER",
      paidAt: new Date(),
      reference: "VIR-TEST",
    });
    expect(result).toMatchObject({ ok: true, replayed: false });
    const tooMuch = await recordStaffPayment(nadia, {
      invoiceId: invoice.id,
      amountCents: 1_000_000_000,
      method: "BANK_TRANSFER",
      paidAt: new Date(),
    });
    expect(tooMuch).toMatchObject({ ok: false, field: "amountCents" });
    const audit = await listAuditEntries(nadia);
    expect(audit.length).toBeGreaterThan(0);
  });
});
