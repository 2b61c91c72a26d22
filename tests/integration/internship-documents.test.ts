import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { formatCalendarDay } from "../../lib/dates/paris";
import { flushMail } from "../../lib/mail/queue";
import { getDossierFor, getMyDossier, listDossiersFor } from "../../lib/internships/dossier";
import {
  getMyDocumentPage,
  getMyDocumentPageById,
  getSupervisedDocumentPage,
  getVersionFile,
} from "../../lib/internships/documents";
import { moveDocument, saveDraft } from "../../lib/internships/transitions";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

/**
 * The internship flow on the seeded demo: Lucas Moreau writes and transmits,
 * Julien Delorme visas or returns; transitions the state machine refuses
 * change nothing, two tabs store one transition, and nobody else reaches the
 * stage (another participant, another maître, a company manager who is not
 * maître de stage, a maître whose period does not cover the document).
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([50]);

let lucas: Viewer;
let julien: Viewer;
let thomas: Viewer;
let claire: Viewer;
let report2Id: string;

async function trailOf(documentId: string) {
  const prisma = await db();
  return prisma.documentReview.findMany({
    where: { documentId },
    select: { toState: true, role: true, comment: true },
    orderBy: { at: "asc" },
  });
}

beforeAll(async () => {
  lucas = await viewerFor("stagiaire@demo.test");
  julien = await viewerFor("manager@demo.test");
  thomas = await viewerFor("participant2@demo.test");
  claire = await viewerFor("participant@demo.test");
  const page = await getMyDocumentPage(lucas, "REPORT", 2);
  report2Id = page!.document!.id;
});

describe("the demo stage", () => {
  it("gives Lucas and Julien their spaces", () => {
    expect(lucas.spaces).toEqual(["participant", "internship"]);
    expect(julien.spaces).toEqual(["company", "supervisor"]);
    expect(thomas.spaces).toEqual(["participant"]);
  });

  it("places Lucas in year 2 with report 2 due within the month and one training day late", async () => {
    const dossier = (await getMyDossier(lucas))!;
    expect(dossier.currentYear).toBe(2);
    const report2 = dossier.obligations.find((o) => o.key === "report-2")!;
    expect(report2.status).toBe("todo");
    const days = (report2.due.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(31);
    expect(dossier.risks).toContain(
      `Rapport semestriel 2 : à remettre avant le ${formatCalendarDay(report2.due)} — un retard peut invalider 2 mois de stage`,
    );
    expect(dossier.obligations.find((o) => o.key === "training-days-1")).toMatchObject({
      status: "late",
      progress: { done: 7, required: 8 },
    });
    expect(dossier.obligations.find((o) => o.key === "elearning-hours-1")?.status).toBe(
      "validated",
    );
    expect(dossier.obligations.find((o) => o.key === "report-1")?.status).toBe("validated");
    expect(dossier.obligations.find((o) => o.key === "activity-sheet-1")?.status).toBe("validated");
  });
});

describe("transitions", () => {
  it("refuses a visa on a draft, and a transmission of an empty report, changing nothing", async () => {
    expect(await moveDocument(julien, { documentId: report2Id, move: "endorse" })).toEqual({
      ok: false,
      message: "Ce document est encore un brouillon : il n'a pas été transmis.",
    });
    const empty = await saveDraft(lucas, { kind: "REPORT", sequence: 3, body: "" });
    expect(empty?.ok).toBe(true);
    const refused = await moveDocument(lucas, {
      documentId: empty!.ok ? empty!.documentId : "",
      move: "transmit",
    });
    expect(refused).toEqual({
      ok: false,
      message: "Rédigez le rapport ou déposez un fichier avant de le transmettre.",
    });
    expect(await trailOf(report2Id)).toEqual([]);
  });

  it(
    "stores one transmission out of ten tabs transmitting at once",
    { timeout: 60_000 },
    async () => {
      await saveDraft(lucas, {
        kind: "REPORT",
        sequence: 2,
        body: "Mon rapport du semestre.\n\nPartie 1.",
      });
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          moveDocument(lucas, { documentId: report2Id, move: "transmit" }),
        ),
      );
      expect(results.filter((r) => r?.ok)).toHaveLength(1);
      for (const r of results.filter((r) => !r?.ok)) {
        expect(r).toEqual({
          ok: false,
          message: "Ce document a déjà été transmis à votre maître de stage.",
        });
      }
      const prisma = await db();
      expect(
        await prisma.internshipDocumentVersion.count({ where: { documentId: report2Id } }),
      ).toBe(1);
      expect(await trailOf(report2Id)).toEqual([
        { toState: "SUBMITTED_TO_SUPERVISOR", role: "STAGIAIRE", comment: null },
      ]);
    },
  );

  it("refuses a second transmission and a draft saved over a transmitted report", async () => {
    expect(await moveDocument(lucas, { documentId: report2Id, move: "transmit" })).toEqual({
      ok: false,
      message: "Ce document a déjà été transmis à votre maître de stage.",
    });
    expect(await saveDraft(lucas, { kind: "REPORT", sequence: 2, body: "Réécrit" })).toEqual({
      ok: false,
      message: "Ce document est « Transmis au maître de stage » : il ne peut plus être modifié.",
    });
  });

  it("shows the report waiting in Mes stagiaires", async () => {
    const [dossier] = await listDossiersFor(julien, "supervisor");
    expect(dossier?.stagiaireName).toBe("Lucas Moreau");
    expect(dossier?.obligations.find((o) => o.key === "report-2")).toMatchObject({
      status: "transmitted",
      documentId: report2Id,
    });
  });

  it("returns with a reason, then a new version, then the visa; Lucas is mailed each time", async () => {
    expect(
      await moveDocument(julien, { documentId: report2Id, move: "return", comment: " " }),
    ).toEqual({
      ok: false,
      message: "Indiquez la raison.",
    });
    const returned = await moveDocument(julien, {
      documentId: report2Id,
      move: "return",
      comment: "Développez la partie sur l'audit contractuel.",
    });
    expect(returned).toMatchObject({ ok: true, state: "RETURNED" });
    expect(
      (
        await saveDraft(lucas, {
          kind: "REPORT",
          sequence: 2,
          body: "Mon rapport du semestre.\n\nPartie 1 développée.\n\nPartie 2.",
        })
      )?.ok,
    ).toBe(true);
    expect(await moveDocument(lucas, { documentId: report2Id, move: "transmit" })).toMatchObject({
      ok: true,
      state: "SUBMITTED_TO_SUPERVISOR",
    });
    expect(
      await moveDocument(julien, {
        documentId: report2Id,
        move: "endorse",
        comment: "Bon rapport.",
      }),
    ).toMatchObject({ ok: true, state: "ENDORSED" });
    expect(await trailOf(report2Id)).toEqual([
      { toState: "SUBMITTED_TO_SUPERVISOR", role: "STAGIAIRE", comment: null },
      {
        toState: "RETURNED",
        role: "MASTER",
        comment: "Développez la partie sur l'audit contractuel.",
      },
      { toState: "DRAFT", role: "STAGIAIRE", comment: null },
      { toState: "SUBMITTED_TO_SUPERVISOR", role: "STAGIAIRE", comment: null },
      { toState: "ENDORSED", role: "MASTER", comment: "Bon rapport." },
    ]);
    const page = (await getSupervisedDocumentPage(julien, report2Id))!;
    expect(page.document.versions.map((v) => v.version)).toEqual([2, 1]);
    await flushMail();
    const mail = (await outbox.read()).filter((m) => m.to === "stagiaire@demo.test");
    expect(mail.map((m) => m.subject).sort()).toEqual([
      "Rapport semestriel 2 : renvoyé par votre maître de stage",
      "Rapport semestriel 2 : visé par votre maître de stage",
    ]);
    expect(mail.find((m) => m.subject.includes("renvoyé"))?.text).toContain(
      "Développez la partie sur l'audit contractuel.",
    );
    const toJulien = (await outbox.read()).filter((m) => m.to === "manager@demo.test");
    expect(toJulien.map((m) => m.subject)).toEqual([
      "Lucas Moreau vous a transmis : Rapport semestriel 2",
      "Lucas Moreau vous a transmis : Rapport semestriel 2",
    ]);
  });

  it("lets the co-maître visa the CAC part once per version, on a stage with the CAC track", async () => {
    const prisma = await db();
    const dossier = (await getMyDossier(lucas))!;
    const co = await prisma.user.create({
      data: { email: "co.maitre@exemple.test", firstName: "Claude", lastName: "Commissaire" },
    });
    await prisma.internshipSupervision.create({
      data: {
        internshipId: dossier.id,
        userId: co.id,
        role: "CO_MASTER",
        firmName: "Delorme Audit",
        startDate: dossier.startDate,
      },
    });
    const claude = await viewerFor("co.maitre@exemple.test");
    expect(await moveDocument(claude, { documentId: report2Id, move: "coEndorse" })).toEqual({
      ok: false,
      message: "Ce stage ne comporte pas de partie commissariat aux comptes.",
    });
    await prisma.internship.update({ where: { id: dossier.id }, data: { cacTrack: true } });
    expect(await moveDocument(claude, { documentId: report2Id, move: "endorse" })).toEqual({
      ok: false,
      message: "Cette action ne vous revient pas sur ce document.",
    });
    expect(await moveDocument(julien, { documentId: report2Id, move: "coEndorse" })).toEqual({
      ok: false,
      message: "Cette action ne vous revient pas sur ce document.",
    });
    expect((await getSupervisedDocumentPage(claude, report2Id))?.canCoReview).toBe(true);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        moveDocument(claude, {
          documentId: report2Id,
          move: "coEndorse",
          comment: "Partie CAC vue.",
        }),
      ),
    );
    expect(results.filter((r) => r?.ok)).toEqual([
      { ok: true, documentId: report2Id, state: "ENDORSED" },
    ]);
    expect(results.filter((r) => !r?.ok)).toEqual(
      Array.from({ length: 4 }, () => ({
        ok: false,
        message: "Vous avez déjà visé la partie commissariat aux comptes de cette version.",
      })),
    );
    expect((await trailOf(report2Id)).filter((r) => r.role === "CO_MASTER")).toEqual([
      { toState: "ENDORSED", role: "CO_MASTER", comment: "Partie CAC vue." },
    ]);
    expect((await getSupervisedDocumentPage(claude, report2Id))?.canCoReview).toBe(false);
    await prisma.internship.update({ where: { id: dossier.id }, data: { cacTrack: false } });
  });

  it("transmits the annual training sheet filled from the sessions attended", async () => {
    const saved = await saveDraft(lucas, {
      kind: "TRAINING_SHEET",
      sequence: 2,
      body: "Journée LCB-FT prévue.",
    });
    expect(saved?.ok).toBe(true);
    const documentId = saved!.ok ? saved!.documentId : "";
    expect(await moveDocument(lucas, { documentId, move: "transmit" })).toMatchObject({
      ok: true,
      state: "SUBMITTED_TO_SUPERVISOR",
    });
    const page = (await getSupervisedDocumentPage(julien, documentId))!;
    expect(page.label).toBe("Fiche annuelle de suivi des formations (année 2)");
    expect(page.document.versions[0]?.body).toContain("Sessions suivies en année 2 :");
    expect(page.document.versions[0]?.body).toContain("Jours de formation (année 2) : 0 sur 8");
    expect(page.document.versions[0]?.body).toContain("Commentaire : Journée LCB-FT prévue.");
    const year1 = (await getMyDocumentPage(lucas, "TRAINING_SHEET", 1))!;
    expect(year1.document?.state).toBe("VALIDATED");
  });

  it("refuses a visa by a maître whose period does not cover the document", async () => {
    const prisma = await db();
    const dossier = (await getMyDossier(lucas))!;
    const report1 = dossier.obligations.find((o) => o.key === "report-1")!;
    await prisma.internshipDocument.update({
      where: { id: report1.documentId! },
      data: { state: "SUBMITTED_TO_SUPERVISOR" },
    });
    const newcomer = await prisma.user.create({
      data: { email: "nouveau.maitre@exemple.test", firstName: "Paul", lastName: "Nouveau" },
    });
    await prisma.internshipSupervision.create({
      data: {
        internshipId: dossier.id,
        userId: newcomer.id,
        role: "MASTER",
        firmName: "Cabinet Delorme & Associés",
        startDate: new Date(Date.now() - 86_400_000),
      },
    });
    const paul = await viewerFor("nouveau.maitre@exemple.test");
    expect(paul.spaces).toEqual(["supervisor"]);
    expect(await moveDocument(paul, { documentId: report1.documentId!, move: "endorse" })).toEqual({
      ok: false,
      message: "Vous n'étiez pas maître de stage de ce stagiaire pour la période de ce document.",
    });
    expect((await getSupervisedDocumentPage(paul, report1.documentId!))?.canReview).toBe(false);
    await prisma.internshipDocument.update({
      where: { id: report1.documentId! },
      data: { state: "VALIDATED" },
    });
  });
});

describe("isolation", () => {
  it("gives another participant, a participant of the same firm and the stagiaire's own reads nothing of someone else's", async () => {
    for (const other of [thomas, claire]) {
      expect(await getMyDossier(other)).toBeNull();
      expect(await getMyDocumentPage(other, "REPORT", 2)).toBeNull();
      expect(await getMyDocumentPageById(other, report2Id)).toBeNull();
      expect(await saveDraft(other, { kind: "REPORT", sequence: 2, body: "Intrusion" })).toBeNull();
      expect(await moveDocument(other, { documentId: report2Id, move: "transmit" })).toBeNull();
      expect(await moveDocument(other, { documentId: report2Id, move: "endorse" })).toBeNull();
      expect(await getSupervisedDocumentPage(other, report2Id)).toBeNull();
    }
  });

  it("gives another maître, a company manager without the maître role and staff nothing", async () => {
    const prisma = await db();
    const otherIntern = await prisma.participant.findFirstOrThrow({
      where: { user: { email: "participant2@demo.test" } },
      select: { id: true },
    });
    const council = await prisma.regionalCouncil.findFirstOrThrow({ select: { id: true } });
    const otherMaster = await prisma.user.create({
      data: { email: "autre.maitre@exemple.test", firstName: "Autre", lastName: "Maître" },
    });
    await prisma.internship.create({
      data: {
        participantId: otherIntern.id,
        councilId: council.id,
        variant: "THREE_YEARS",
        startDate: new Date("2026-01-05T00:00:00Z"),
        supervisions: {
          create: {
            userId: otherMaster.id,
            role: "MASTER",
            firmName: "Autre cabinet",
            startDate: new Date("2026-01-05T00:00:00Z"),
          },
        },
      },
    });
    const other = await viewerFor("autre.maitre@exemple.test");
    const lucasDossier = (await getMyDossier(lucas))!;
    const managerElsewhere = await prisma.companyMembership.findFirstOrThrow({
      where: {
        company: { name: { not: "Cabinet Delorme & Associés" } },
        user: { participant: null },
      },
      select: { user: { select: { email: true } } },
    });
    const staff = await viewerFor("organisme@demo.test");
    for (const viewer of [other, await viewerFor(managerElsewhere.user.email), staff]) {
      expect(await getSupervisedDocumentPage(viewer, report2Id)).toBeNull();
      expect(await getDossierFor(viewer, "supervisor", lucasDossier.id)).toBeNull();
      expect(await moveDocument(viewer, { documentId: report2Id, move: "endorse" })).toBeNull();
      expect(await getVersionFile(viewer, "supervisor", report2Id, "x")).toBeNull();
      expect((await listDossiersFor(viewer, "supervisor")).map((d) => d.id)).not.toContain(
        lucasDossier.id,
      );
    }
  });

  it("gives a contrôleur his portfolio only", async () => {
    const helene = await viewerFor("controleur@demo.test");
    expect(helene.spaces).toEqual(["controller"]);
    const portfolio = await listDossiersFor(helene, "controller", new Date(), "Moreau");
    expect(portfolio.map((d) => d.stagiaireName)).toEqual(["Lucas Moreau"]);
    expect(await listDossiersFor(helene, "controller", new Date(), "Bernard")).toHaveLength(0);
    for (const other of [julien, thomas, lucas]) {
      expect(await listDossiersFor(other, "controller")).toEqual([]);
      expect(await getDossierFor(other, "controller", portfolio[0]!.id)).toBeNull();
    }
  });
});
