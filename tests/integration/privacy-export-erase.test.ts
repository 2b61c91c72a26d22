import { beforeAll, describe, expect, it } from "vitest";
import { issueAccountToken } from "../../lib/accounts/tokens";
import { authenticate } from "../../lib/auth/credentials";
import { loadViewer, type ParticipantViewer } from "../../lib/auth/load-viewer";
import { orderScope } from "../../lib/scopes/billing";
import type { Db } from "../../lib/db/client";
import { checkCertificate } from "../../lib/certificates/verification";
import { eraseParticipant } from "../../lib/privacy/erase";
import { buildPersonalDataExport, WITHHELD_SECRET } from "../../lib/privacy/export";
import { ANONYMIZED_PARTICIPANT_NAME, isErasedValue } from "../../lib/privacy/placeholders";
import { keyOf } from "../../lib/security/rate-limit";
import { readSchemaPrivacy } from "../support/personal-fields";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

/*
 * The promise of issue 9 item 6, read from the schema's marks: the export holds
 * every table hanging from the user and every field marked personal; the
 * erasure leaves no personal field behind, and keeps what the law keeps.
 */
const { db } = setupTestDatabase("seeded");
const schema = readSchemaPrivacy();
const BASE = "http://localhost:3000";
const NOW = new Date("2026-11-27T10:00:00Z");

type Ids = {
  userId: string;
  participantId: string;
  email: string;
  rateLimitKeys: string[];
};

/** Where each table keeps the person's rows. A model the schema adds without a line here fails. */
const OWNER: Record<string, (ids: Ids) => object> = {
  User: (i) => ({ id: i.userId }),
  Participant: (i) => ({ id: i.participantId }),
  AccountToken: (i) => ({ userId: i.userId }),
  CompanyMembership: (i) => ({ userId: i.userId }),
  CompanyGrant: (i) => ({ membership: { userId: i.userId } }),
  OrganizationStaff: (i) => ({ userId: i.userId }),
  SessionTrainer: (i) => ({ userId: i.userId }),
  TrainerCalendarFeed: (i) => ({ userId: i.userId }),
  AttendanceSheet: (i) => ({ signedById: i.userId }),
  TrainerAssessment: (i) => ({ userId: i.userId }),
  CollaboratorInvitation: (i) => ({ participantId: i.participantId }),
  Registration: (i) => ({ participantId: i.participantId }),
  RegistrationStatusChange: (i) => ({ registration: { participantId: i.participantId } }),
  Attendance: (i) => ({ registration: { participantId: i.participantId } }),
  VirtualClassJoin: (i) => ({ registration: { participantId: i.participantId } }),
  QuestionnaireResponse: (i) => ({ registration: { participantId: i.participantId } }),
  Answer: (i) => ({ response: { registration: { participantId: i.participantId } } }),
  ElearningProgress: (i) => ({ registration: { participantId: i.participantId } }),
  ElearningQuestion: (i) => ({ registration: { participantId: i.participantId } }),
  IssuedDocument: (i) => ({ registration: { participantId: i.participantId } }),
  Order: (i) => orderScope({ kind: "participant", participantId: i.participantId }),
  OrderLine: (i) => ({ registration: { participantId: i.participantId } }),
  Invoice: (i) => ({
    order: orderScope({ kind: "participant", participantId: i.participantId }),
  }),
  InvoiceLine: (i) => ({ invoice: { order: { participantId: i.participantId } } }),
  Payment: (i) => ({ invoice: { order: { participantId: i.participantId } } }),
  AuditLog: (i) => ({ actorUserId: i.userId }),
  MailJob: (i) => ({ to: i.email }),
  RateLimitBucket: (i) => ({ key: { in: i.rateLimitKeys } }),
  Internship: (i) => ({ participantId: i.participantId }),
  InternshipSupervision: (i) => ({
    OR: [{ userId: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipControl: (i) => ({
    OR: [{ userId: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipSuspension: (i) => ({ internship: { participantId: i.participantId } }),
  InternshipDocument: (i) => ({ internship: { participantId: i.participantId } }),
  InternshipDocumentVersion: (i) => ({
    OR: [
      { createdById: i.userId },
      { document: { internship: { participantId: i.participantId } } },
    ],
  }),
  DocumentReview: (i) => ({
    OR: [{ userId: i.userId }, { document: { internship: { participantId: i.participantId } } }],
  }),
  NotificationPreference: (i) => ({ userId: i.userId }),
  InternshipInterview: (i) => ({
    OR: [{ proposedById: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipPenalty: (i) => ({
    OR: [{ recordedById: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipHearing: (i) => ({
    OR: [{ recordedById: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipDecision: (i) => ({
    OR: [{ recordedById: i.userId }, { internship: { participantId: i.participantId } }],
  }),
  InternshipAttestation: (i) => ({
    OR: [{ extendedById: i.userId }, { internship: { participantId: i.participantId } }],
  }),
};

type Row = Record<string, unknown>;
type Delegate = { findMany(args: { where: object }): Promise<Row[]> };

function delegate(prisma: Db, model: string): Delegate {
  const name = model[0]!.toLowerCase() + model.slice(1);
  return (prisma as unknown as Record<string, Delegate>)[name]!;
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const rowKey = (row: Row) => String(row.id ?? row.key);
const rowsOf = (section: unknown): Row[] =>
  Array.isArray(section) ? (section as Row[]) : section ? [section as Row] : [];

async function idsOf(email: string): Promise<Ids> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, participant: { select: { id: true } } },
  });
  return {
    userId: user.id,
    participantId: user.participant!.id,
    email,
    rateLimitKeys: [keyOf("signInAccount", email), keyOf("resetAccount", email)],
  };
}

async function ownedRows(ids: Ids): Promise<Map<string, Row[]>> {
  const prisma = await db();
  const models = new Set([...schema.ownedModels, ...schema.personal.keys(), ...schema.kept.keys()]);
  const entries = await Promise.all(
    [...models].map(
      async (m) =>
        [m, json(await delegate(prisma, m).findMany({ where: OWNER[m]!(ids) }))] as const,
    ),
  );
  return new Map(entries);
}

/** Gives Claire a value in every personal field, so that each check has something to find. */
async function fillPersonalFields(ids: Ids) {
  const prisma = await db();
  const fullName = "Claire Martin";
  await prisma.participant.update({
    where: { id: ids.participantId },
    data: { phone: "06 12 34 56 78", jobTitle: "Collaboratrice comptable principale" },
  });
  await issueAccountToken(prisma, { userId: ids.userId, purpose: "PASSWORD_RESET", now: NOW });
  const registration = await prisma.registration.findFirstOrThrow({
    where: { participantId: ids.participantId, status: "CONFIRMED" },
    select: { id: true, session: { select: { organizationId: true } } },
    orderBy: { createdAt: "asc" },
  });
  await prisma.registration.update({
    where: { id: registration.id },
    data: { statusReason: "Arrivée tardive signalée par Claire Martin" },
  });
  await prisma.registrationStatusChange.create({
    data: {
      registrationId: registration.id,
      toStatus: "CONFIRMED",
      reason: "Confirmée après l'appel de Claire Martin",
    },
  });
  const answer = await prisma.answer.findFirstOrThrow({
    where: { response: { registration: { participantId: ids.participantId } } },
    select: { id: true },
  });
  await prisma.answer.update({
    where: { id: answer.id },
    data: { textValue: "Mon cabinet (Claire Martin) attend surtout la partie sur la TVA." },
  });
  const elearningModule = await prisma.elearningModule.findFirstOrThrow({ select: { id: true } });
  await prisma.elearningQuestion.create({
    data: {
      registrationId: registration.id,
      moduleId: elearningModule.id,
      body: "Bonjour, ici Claire Martin : l'UA2 s'applique-t-elle aux SCI ?",
      answer: "Oui Claire, voyez la section 3.",
      answeredAt: NOW,
    },
  });
  await prisma.mailJob.create({
    data: {
      label: "test",
      to: ids.email,
      status: "SENT",
      sentAt: NOW,
      lastError: `550 ${ids.email} boîte pleine`,
      message: {
        subject: "Votre convocation",
        text: `Bonjour ${fullName}`,
        html: "",
        attachments: [],
      },
    },
  });
  // A message to someone else about her: gone too, it names her.
  await prisma.mailJob.create({
    data: {
      label: "test-manager",
      to: "manager@demo.test",
      message: {
        subject: "Inscription",
        text: `${fullName} est inscrite.`,
        html: "",
        attachments: [],
      },
    },
  });
  await prisma.rateLimitBucket.create({
    data: { key: ids.rateLimitKeys[0]!, count: 2, windowStartedAt: NOW },
  });
  // A stage d'expertise comptable, its suspension, a report with a version and a visa:
  // the council's record, exported and kept by the erasure.
  const council = await prisma.regionalCouncil.findFirstOrThrow({ select: { id: true } });
  const julien = await prisma.user.findUniqueOrThrow({
    where: { email: "manager@demo.test" },
    select: { id: true },
  });
  const stage = await prisma.internship.create({
    data: {
      participantId: ids.participantId,
      councilId: council.id,
      variant: "TWO_YEARS",
      startDate: new Date("2025-01-06T00:00:00Z"),
      supervisions: {
        create: {
          userId: julien.id,
          role: "MASTER",
          firmName: "Cabinet Delorme & Associés",
          startDate: new Date("2025-01-06T00:00:00Z"),
        },
      },
      suspensions: {
        create: {
          startDate: new Date("2025-06-01T00:00:00Z"),
          endDate: new Date("2025-08-31T00:00:00Z"),
          reason: "Congé de maternité de trois mois",
        },
      },
    },
    select: { id: true },
  });
  const report = await prisma.internshipDocument.create({
    data: {
      internshipId: stage.id,
      kind: "REPORT",
      sequence: 1,
      year: 1,
      periodStart: new Date("2025-01-06T00:00:00Z"),
      periodEnd: new Date("2025-07-05T00:00:00Z"),
      state: "ENDORSED",
      draftBody: "Brouillon du premier rapport semestriel",
      versions: {
        create: {
          version: 1,
          body: "Premier rapport semestriel : missions de révision",
          createdById: ids.userId,
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await prisma.documentReview.create({
    data: {
      documentId: report.id,
      versionId: report.versions[0]!.id,
      userId: julien.id,
      role: "MASTER",
      fromState: "SUBMITTED_TO_SUPERVISOR",
      toState: "ENDORSED",
      comment: "Visa du maître de stage avec observations",
    },
  });
  await prisma.auditLog.createMany({
    data: [
      {
        actorUserId: ids.userId,
        action: "questionnaire.submitted",
        entityType: "Registration",
        entityId: registration.id,
        data: { kind: "POSITIONING" },
        at: NOW,
      },
      {
        actorUserId: null,
        organizationId: registration.session.organizationId,
        action: "registration.created",
        entityType: "Registration",
        entityId: registration.id,
        data: { email: ids.email.toUpperCase(), note: { by: `pour ${fullName}` } },
        at: NOW,
      },
    ],
  });
}

const ISO_DATE = /^\d{4}-\d\d-\d\dT/;

/** Every string of at least 8 characters held in a personal field: none may survive the erasure. */
function personalValues(rows: Map<string, Row[]>): string[] {
  const values = new Set<string>();
  const collect = (v: unknown) => {
    if (typeof v === "string") {
      // Timestamps (passwordChangedAt) are not the person's: any row may share one.
      if (v.length >= 8 && !isErasedValue(v) && !ISO_DATE.test(v)) values.add(v.toLowerCase());
    } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  for (const [model, fields] of schema.personal) {
    for (const row of rows.get(model) ?? []) {
      for (const field of fields) {
        // Audit entries keep their ids and kinds; only their strings naming her are personal.
        if (!schema.jsonFields.has(`${model}.${field}`)) collect(row[field]);
      }
    }
  }
  return [...values];
}

let claire: ParticipantViewer;
let ids: Ids;
let before: Map<string, Row[]>;

beforeAll(async () => {
  claire = await participantViewerFor("participant@demo.test");
  ids = await idsOf("participant@demo.test");
  await fillPersonalFields(ids);
  before = await ownedRows(ids);
});

describe("the schema's personal marks", () => {
  it("name existing tables, each with an owner rule in this test", () => {
    expect(schema.personal.size).toBeGreaterThan(5);
    for (const model of [...schema.ownedModels, ...schema.personal.keys(), ...schema.kept.keys()]) {
      expect(OWNER, `${model} : ajoutez sa règle à OWNER`).toHaveProperty(model);
    }
  });
});

describe("Télécharger mes données", () => {
  it("holds every table hanging from the user, and each personal field with its value", async () => {
    const exported = json(await buildPersonalDataExport(claire, BASE, NOW));
    expect(exported.format).toBe("parcours-donnees-personnelles/1");
    for (const model of [...schema.ownedModels, ...schema.personal.keys(), ...schema.kept.keys()]) {
      expect(exported.data, `table ${model} absente de l'export`).toHaveProperty(model);
    }
    for (const [model, dbRows] of before) {
      const out = new Map(rowsOf(exported.data[model]).map((r) => [rowKey(r), r]));
      const fields = [...(schema.personal.get(model) ?? []), ...(schema.kept.get(model) ?? [])];
      for (const dbRow of dbRows) {
        const row = out.get(rowKey(dbRow));
        expect(row, `${model} ${rowKey(dbRow)} absent de l'export`).toBeDefined();
        for (const field of fields) {
          expect(row, `${model}.${field}`).toHaveProperty(field);
          const expected =
            (model === "User" && field === "passwordHash") ||
            (model === "AccountToken" && field === "tokenHash")
              ? WITHHELD_SECRET
              : dbRow[field];
          if (model === "MailJob" && field === "message") {
            expect((row![field] as Row).subject).toBe((expected as Row).subject);
          } else {
            expect(row![field], `${model}.${field}`).toEqual(expected);
          }
        }
      }
    }
    // Something to find in each personal table (the checks above are not vacuous).
    for (const model of schema.personal.keys()) {
      expect(before.get(model)!.length, `${model} : aucune ligne de Claire`).toBeGreaterThan(0);
    }
    const text = JSON.stringify(exported);
    expect(text).toContain("06 12 34 56 78");
    expect(text).toContain("l'UA2 s'applique-t-elle aux SCI");
  });

  it("lists her documents with their addresses: convocations, certificates, invoices", async () => {
    const prisma = await db();
    const exported = await buildPersonalDataExport(claire, BASE, NOW);
    const certificates = await prisma.issuedDocument.findMany({
      where: { registration: { participantId: ids.participantId }, revokedAt: null },
      select: { number: true, registrationId: true },
    });
    expect(certificates.length).toBeGreaterThan(0);
    for (const c of certificates) {
      expect(exported.documents).toContainEqual(
        expect.objectContaining({
          type: "Attestation de formation",
          number: c.number,
          url: `${BASE}/sessions/${c.registrationId}/attestation`,
          verificationUrl: `${BASE}/verification/${c.number}`,
        }),
      );
    }
    const confirmed = await prisma.registration.count({
      where: {
        participantId: ids.participantId,
        status: "CONFIRMED",
        session: { status: "SCHEDULED" },
      },
    });
    expect(exported.documents.filter((d) => d.type === "Convocation")).toHaveLength(confirmed);
    for (const d of exported.documents) expect(d.url.startsWith(`${BASE}/`)).toBe(true);
  });

  it("gives a private participant her own invoice lines and payments, the kept fields included", async () => {
    const sophie = await participantViewerFor("particulier@demo.test");
    const prisma = await db();
    const lines = await prisma.invoiceLine.findMany({
      where: { invoice: { order: { participantId: sophie.participantId } } },
      select: { id: true, description: true },
    });
    expect(lines.length).toBeGreaterThan(0);
    const exported = json(await buildPersonalDataExport(sophie, BASE, NOW));
    expect(exported.data.InvoiceLine).toEqual(
      expect.arrayContaining(lines.map((l) => expect.objectContaining(l))),
    );
    expect(rowsOf(exported.data.Invoice).every((i) => typeof i.buyerName === "string")).toBe(true);
  });
});

describe("Supprimer mes données", () => {
  it("refuses while the account also acts for a firm, and changes nothing", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor("participant2@demo.test");
    const company = await prisma.company.findFirstOrThrow({ select: { id: true } });
    const membership = await prisma.companyMembership.create({
      data: { userId: thomas.id, companyId: company.id },
    });
    expect(await eraseParticipant(thomas, NOW)).toEqual({ ok: false, reason: "has-other-spaces" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: thomas.id } });
    expect(user).toMatchObject({ email: "participant2@demo.test", anonymizedAt: null });
    await prisma.companyMembership.delete({ where: { id: membership.id } });
  });

  it("leaves no personal field behind, keeps the legal records, and closes the account", async () => {
    const prisma = await db();
    const needles = personalValues(before);
    expect(needles).toEqual(expect.arrayContaining(["participant@demo.test", "06 12 34 56 78"]));
    const certificate = await prisma.issuedDocument.findFirstOrThrow({
      where: { registration: { participantId: ids.participantId }, revokedAt: null },
      select: { number: true },
    });

    expect(await eraseParticipant(claire, NOW)).toEqual({ ok: true });
    const after = await ownedRows(ids);

    for (const [model, fields] of schema.personal) {
      for (const row of after.get(model) ?? []) {
        for (const field of fields) {
          const value = row[field];
          const label = `${model}.${field} (${rowKey(row)}) : ${JSON.stringify(value)}`;
          if (!schema.jsonFields.has(`${model}.${field}`))
            expect(isErasedValue(value), label).toBe(true);
          const text = JSON.stringify(value ?? null).toLowerCase();
          for (const needle of needles) expect(text, label).not.toContain(needle);
          expect(text, label).not.toContain("claire martin");
        }
      }
    }
    // Tables read whole: the e-mail and the name are nowhere in a personal field.
    const everywhere = JSON.stringify([
      await prisma.auditLog.findMany({ select: { data: true } }),
      await prisma.mailJob.findMany({ select: { to: true, message: true, lastError: true } }),
      await prisma.user.findMany({ select: { email: true } }),
    ]).toLowerCase();
    expect(everywhere).not.toContain("participant@demo.test");
    expect(everywhere).not.toContain("claire martin");
    expect(after.get("AccountToken")).toEqual([]);
    expect(after.get("MailJob")).toEqual([]);
    expect(after.get("RateLimitBucket")).toEqual([]);

    // Kept by law: the training and billing records, unchanged in number and kept fields.
    for (const model of [
      "Registration",
      "Attendance",
      "VirtualClassJoin",
      "QuestionnaireResponse",
      "Answer",
      "ElearningProgress",
      "IssuedDocument",
      "Order",
      "OrderLine",
      "Invoice",
    ]) {
      expect(after.get(model)!.length, model).toBe(before.get(model)!.length);
    }
    for (const [model, fields] of schema.kept) {
      const was = new Map(before.get(model)!.map((r) => [rowKey(r), r]));
      for (const row of after.get(model)!) {
        for (const field of fields) expect(row[field]).toEqual(was.get(rowKey(row))![field]);
      }
    }

    const user = await prisma.user.findUniqueOrThrow({ where: { id: ids.userId } });
    const was = before.get("User")![0]!;
    expect(user.anonymizedAt).toEqual(NOW);
    expect(user.sessionVersion).toBe((was as { sessionVersion: number }).sessionVersion + 1);
    expect(
      await authenticate({ email: "participant@demo.test", password: "parcours-demo" }),
    ).toBeNull();
    expect(await loadViewer({ id: ids.userId })).toBeNull();

    // The trace of the erasure, without what it erased.
    const trace = await prisma.auditLog.findFirstOrThrow({
      where: { action: "user.erased", entityId: ids.userId },
    });
    expect(JSON.stringify(trace).toLowerCase()).not.toContain("claire");

    // The certificate still checks out, without her name.
    expect(await checkCertificate(certificate.number)).toMatchObject({
      state: "valid",
      participantName: ANONYMIZED_PARTICIPANT_NAME,
    });
    expect(await eraseParticipant(claire, NOW)).toEqual({ ok: false, reason: "already-erased" });
  });

  it("reads the same on the certificate check after an anonymisation for inactivity, without a reason", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor("participant2@demo.test");
    const certificate = await prisma.issuedDocument.findFirstOrThrow({
      where: {
        kind: "CERTIFICATE",
        registration: { participantId: thomas.participantId },
        revokedAt: null,
      },
      select: { number: true },
    });
    expect(await eraseParticipant(thomas, NOW, { reason: "inactivity" })).toEqual({ ok: true });
    const check = await checkCertificate(certificate.number);
    expect(check).toMatchObject({ state: "valid", participantName: "Participant anonymisé" });
    expect(JSON.stringify(check)).not.toMatch(/demande|inactivit/i);
  });
});
