import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { addDays, parisDay } from "../../lib/dates/paris";
import { flushMail } from "../../lib/mail/queue";
import {
  getCouncilSettingsPage,
  updateCouncilSettings,
} from "../../lib/internships/council-settings";
import { getDossierFor, getMyDossier } from "../../lib/internships/dossier";
import { getMyDocumentPage, getVersionFile } from "../../lib/internships/documents";
import { parsePortfolioFilter } from "../../lib/internships/portfolio";
import { getCouncilPortfolioPage, getPortfolioPage } from "../../lib/internships/portfolio-page";
import { getCouncilStagiairePage, reassignInternship } from "../../lib/internships/reassign";
import { getControlledDocumentPage } from "../../lib/internships/review";
import { councilSettingsSchema } from "../../lib/internships/schemas";
import { moveDocument, saveDraft } from "../../lib/internships/transitions";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

/**
 * The contrôleur de stage on the seeded demo: Hélène Garnier finds Camille
 * Fontaine's report 3 waiting, asks for corrections, Camille and Sandrine
 * Lambert send a new version through, Hélène validates it and it is frozen;
 * every refusal (not visaed, twice, after a reassignment) changes nothing;
 * another contrôleur, another council's principal and everyone else get
 * nothing; the principal reassigns (history kept, audited) and sets the
 * council's deadlines.
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([50]);

let helene: Viewer;
let paul: Viewer;
let bernard: Viewer;
let camille: Viewer;
let sandrine: Viewer;
let lucas: Viewer;
let julien: Viewer;
let report3Id: string;
let camilleStageId: string;

const query = (params: Record<string, string> = {}) => parsePortfolioFilter(params);

async function snapshot(documentId: string) {
  const prisma = await db();
  return prisma.internshipDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      state: true,
      stateChangedAt: true,
      _count: { select: { reviews: true, versions: true } },
    },
  });
}

beforeAll(async () => {
  helene = await viewerFor("controleur@demo.test");
  paul = await viewerFor("controleur2@demo.test");
  bernard = await viewerFor("controle.principal@demo.test");
  camille = await viewerFor("stagiaire3@demo.test");
  sandrine = await viewerFor("maitre2@demo.test");
  lucas = await viewerFor("stagiaire@demo.test");
  julien = await viewerFor("manager@demo.test");
  const page = (await getMyDocumentPage(camille, "REPORT", 3))!;
  report3Id = page.document!.id;
  camilleStageId = page.dossier.id;
});

describe("Mon portefeuille", () => {
  it("lists Hélène's four stagiaires, the report waiting for her and the late one", async () => {
    const all = await getPortfolioPage(helene, query());
    expect(all.items.map((d) => d.stagiaireName)).toEqual([
      "Camille Fontaine",
      "Lucas Moreau",
      "Hugo Petit",
    ]);
    const waiting = await getPortfolioPage(helene, query({ filtre: "attente" }));
    expect(waiting.items.map((d) => d.stagiaireName)).toEqual(["Camille Fontaine"]);
    const late = await getPortfolioPage(helene, query({ filtre: "retard" }));
    expect(late.items.map((d) => d.stagiaireName)).toContain("Hugo Petit");
    const hugo = late.items.find((d) => d.stagiaireName === "Hugo Petit")!;
    expect(hugo.obligations.find((o) => o.key === "report-1")?.status).toBe("late");
    expect((await getPortfolioPage(helene, query({ annee: "3" }))).items).toHaveLength(1);
    expect((await getPortfolioPage(helene, query({ q: "fontaine" }))).count).toBe(1);
    // A page past the end shows the last one.
    expect((await getPortfolioPage(helene, query({ page: "40" }))).page).toBe(1);
  });

  it("gives Paul his own stagiaire only, and the principal no portfolio of his own", async () => {
    expect((await getPortfolioPage(paul, query())).items.map((d) => d.stagiaireName)).toEqual([
      "Inès Carpentier",
    ]);
    expect((await getPortfolioPage(bernard, query())).total).toBe(0);
  });
});

describe("the contrôleur's decision", () => {
  it("shows Hélène the report with Sandrine's visa, and gives 404 to everyone else", async () => {
    const page = (await getControlledDocumentPage(helene, report3Id))!;
    expect(page.canDecide).toBe(true);
    expect(page.document.versions[0]?.body).toContain("troisième année");
    expect(page.observations.map((r) => r.comment)).toEqual(["Travail précis, bien documenté."]);
    for (const other of [paul, bernard, camille, sandrine, lucas, julien]) {
      expect(await getControlledDocumentPage(other, report3Id)).toBeNull();
      expect(
        await moveDocument(other, { documentId: report3Id, move: "validate", comment: "" }),
      ).toBeNull();
    }
    const version = page.document.versions[0]!.id;
    expect(await getVersionFile(paul, "controller", report3Id, version)).toBeNull();
  });

  it("refuses to validate a document the maître has not visaed, changing nothing", async () => {
    const lucasReport2 = (await getMyDocumentPage(lucas, "REPORT", 2))!.document!.id;
    const before = await snapshot(lucasReport2);
    expect(
      await moveDocument(helene, { documentId: lucasReport2, move: "validate", comment: "" }),
    ).toEqual({
      ok: false,
      message:
        "Ce document n'a pas encore été visé par le maître de stage et transmis au contrôleur : rien n'a été changé.",
    });
    expect(await snapshot(lucasReport2)).toEqual(before);
    // Nor can she read it: it never reached her.
    expect(await getControlledDocumentPage(helene, lucasReport2)).toBeNull();
  });

  it("asks for corrections; a new version goes through the maître again; then validates it, once", async () => {
    expect(
      await moveDocument(helene, {
        documentId: report3Id,
        move: "requestCorrections",
        comment: "",
      }),
    ).toEqual({ ok: false, message: "Indiquez la raison." });
    expect(
      await moveDocument(helene, {
        documentId: report3Id,
        move: "requestCorrections",
        comment: "Détaillez la mission d'évaluation.",
      }),
    ).toMatchObject({ ok: true, state: "CORRECTIONS_REQUESTED" });
    const seen = (await getMyDocumentPage(camille, "REPORT", 3))!;
    expect(seen.document?.state).toBe("CORRECTIONS_REQUESTED");
    expect(seen.document?.reviews.at(-1)?.comment).toBe("Détaillez la mission d'évaluation.");

    // A document waiting for corrections is not the contrôleur's to validate.
    expect(
      await moveDocument(helene, { documentId: report3Id, move: "validate", comment: "" }),
    ).toMatchObject({ ok: false });

    expect(
      (await saveDraft(camille, { kind: "REPORT", sequence: 3, body: "Version corrigée." }))?.ok,
    ).toBe(true);
    expect(await moveDocument(camille, { documentId: report3Id, move: "transmit" })).toMatchObject({
      ok: true,
      state: "SUBMITTED_TO_SUPERVISOR",
    });
    // Not visaed yet: Hélène cannot validate it.
    expect(
      await moveDocument(helene, { documentId: report3Id, move: "validate", comment: "" }),
    ).toMatchObject({ ok: false });
    expect(
      await moveDocument(sandrine, {
        documentId: report3Id,
        move: "endorse",
        comment: "Complété.",
      }),
    ).toMatchObject({ ok: true, state: "ENDORSED" });
    expect(
      await moveDocument(camille, { documentId: report3Id, move: "submitToController" }),
    ).toMatchObject({ ok: true, state: "SUBMITTED_TO_CONTROLLER" });

    // Two tabs validating at once store one transition.
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        moveDocument(helene, { documentId: report3Id, move: "validate", comment: "Très bien." }),
      ),
    );
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    const prisma = await db();
    expect(
      await prisma.documentReview.count({
        where: { documentId: report3Id, toState: "VALIDATED" },
      }),
    ).toBe(1);
    const before = await snapshot(report3Id);
    expect(
      await moveDocument(helene, { documentId: report3Id, move: "validate", comment: "" }),
    ).toEqual({ ok: false, message: "Ce document est validé : il ne peut plus changer." });
    // Frozen: the stagiaire can no longer write on it.
    expect(
      await saveDraft(camille, { kind: "REPORT", sequence: 3, body: "Encore une version." }),
    ).toEqual({
      ok: false,
      message: "Ce document est « Validé » : il ne peut plus être modifié.",
    });
    expect(await snapshot(report3Id)).toEqual(before);
    expect(
      (await getMyDossier(camille))!.obligations.find((o) => o.key === "report-3")?.status,
    ).toBe("validated");
    const audit = await prisma.auditLog.findMany({
      where: { entityId: report3Id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "internship-document.corrections-requested",
        "internship-document.submitted-to-controller",
        "internship-document.validated",
      ]),
    );

    await flushMail();
    const mail = await outbox.read();
    const to = (address: string) => mail.filter((m) => m.to === address).map((m) => m.subject);
    expect(to("stagiaire3@demo.test")).toEqual(
      expect.arrayContaining([
        "Rapport semestriel 3 : corrections demandées par le contrôleur de stage",
        "Rapport semestriel 3 : validé par le contrôleur de stage",
      ]),
    );
    expect(to("maitre2@demo.test")).toEqual(
      expect.arrayContaining([
        "Rapport semestriel 3 de Camille Fontaine : corrections demandées par le contrôleur de stage",
        "Rapport semestriel 3 de Camille Fontaine : validé par le contrôleur de stage",
      ]),
    );
    expect(to("controleur@demo.test")).toContain(
      "Camille Fontaine vous a transmis : Rapport semestriel 3",
    );
    const corrections = mail.find((m) =>
      m.subject.startsWith("Rapport semestriel 3 : corrections"),
    );
    expect(corrections?.text).toContain("Détaillez la mission d'évaluation.");
  });
});

describe("the contrôleur principal", () => {
  it("sees every portfolio of his council, by contrôleur; others get nothing", async () => {
    const all = (await getCouncilPortfolioPage(bernard, query()))!;
    expect(all.items.map((d) => d.stagiaireName).sort()).toEqual([
      "Camille Fontaine",
      "Hugo Petit",
      "Inès Carpentier",
      "Lucas Moreau",
    ]);
    expect(all.controllers.map((c) => c.lastName)).toEqual(["Garnier", "Girard"]);
    const onlyPaul = (await getCouncilPortfolioPage(bernard, query({ controleur: paul.id })))!;
    expect(onlyPaul.items.map((d) => d.stagiaireName)).toEqual(["Inès Carpentier"]);
    for (const other of [helene, paul, camille, julien]) {
      expect(await getCouncilPortfolioPage(other, query())).toBeNull();
      expect(await getCouncilStagiairePage(other, camilleStageId)).toBeNull();
      expect(await getCouncilSettingsPage(other)).toBeNull();
    }
  });

  it("gives another council's principal a 404 on this council", async () => {
    const prisma = await db();
    const council = await prisma.regionalCouncil.create({
      data: { name: "Conseil régional de l'Ordre des experts-comptables Bretagne" },
    });
    const other = await prisma.user.create({
      data: { email: "principal.bretagne@exemple.test", firstName: "Yann", lastName: "Le Gall" },
    });
    const stagiaire = await prisma.user.create({
      data: {
        email: "stagiaire.bretagne@exemple.test",
        firstName: "Nolwenn",
        lastName: "Kerjean",
        participant: { create: { kind: "PRIVATE", profession: "EXPERT_COMPTABLE_STAGIAIRE" } },
      },
      select: { participant: { select: { id: true } } },
    });
    const start = addDays(parisDay(new Date()), -200);
    await prisma.internship.create({
      data: {
        participantId: stagiaire.participant!.id,
        councilId: council.id,
        variant: "THREE_YEARS",
        startDate: start,
        controls: { create: { userId: other.id, role: "PRINCIPAL", startDate: start } },
      },
    });
    const yann = await viewerFor("principal.bretagne@exemple.test");
    const page = (await getCouncilPortfolioPage(yann, query()))!;
    expect(page.items.map((d) => d.stagiaireName)).toEqual(["Nolwenn Kerjean"]);
    expect(await getCouncilStagiairePage(yann, camilleStageId)).toBeNull();
    expect(await getDossierFor(yann, "council", camilleStageId)).toBeNull();
    expect(
      await reassignInternship(yann, { internshipId: camilleStageId, controllerId: paul.id }),
    ).toBeNull();
    const settings = (await getCouncilSettingsPage(bernard))!.values;
    expect(await updateCouncilSettings(yann, { ...settings, penaltyMonths: 9 })).toBeNull();
    expect((await getCouncilSettingsPage(bernard))!.values.penaltyMonths).toBe(2);
  });

  it("reassigns a stagiaire: the history is kept, audited; the former contrôleur is refused", async () => {
    const hugoId = (await getPortfolioPage(helene, query({ q: "Petit" }))).items[0]!.id;
    const prisma = await db();
    const hugoReport = await prisma.internshipDocument.findFirstOrThrow({
      where: { internshipId: hugoId, kind: "ACTIVITY_SHEET" },
      select: { id: true },
    });
    expect(
      await reassignInternship(bernard, { internshipId: hugoId, controllerId: helene.id }),
    ).toEqual({
      ok: false,
      field: "controllerId",
      message: "Ce stagiaire est déjà confié à ce contrôleur.",
    });
    expect(
      await reassignInternship(bernard, { internshipId: hugoId, controllerId: julien.id }),
    ).toEqual({
      ok: false,
      field: "controllerId",
      message: "Choisissez un contrôleur de stage de ce conseil.",
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        reassignInternship(bernard, { internshipId: hugoId, controllerId: paul.id }),
      ),
    );
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    const controls = await prisma.internshipControl.findMany({
      where: { internshipId: hugoId, role: "ADJOINT" },
      select: { userId: true, startDate: true, endDate: true },
      orderBy: { startDate: "asc" },
    });
    const today = parisDay(new Date());
    expect(controls).toEqual([
      { userId: helene.id, startDate: expect.any(Date), endDate: addDays(today, -1) },
      { userId: paul.id, startDate: today, endDate: null },
    ]);
    expect(
      await prisma.auditLog.count({ where: { entityId: hugoId, action: "internship.reassigned" } }),
    ).toBe(1);
    const page = (await getCouncilStagiairePage(bernard, hugoId))!;
    expect(page.currentControllerId).toBe(paul.id);

    expect(
      (await getPortfolioPage(helene, query())).items.map((d) => d.stagiaireName),
    ).not.toContain("Hugo Petit");
    expect(
      (await getPortfolioPage(paul, query())).items.map((d) => d.stagiaireName).sort(),
    ).toEqual(["Hugo Petit", "Inès Carpentier"]);
    expect(await getDossierFor(helene, "controller", hugoId)).toBeNull();
    expect(await getControlledDocumentPage(helene, hugoReport.id)).toBeNull();
    const before = await snapshot(hugoReport.id);
    expect(
      await moveDocument(helene, { documentId: hugoReport.id, move: "validate", comment: "" }),
    ).toEqual({
      ok: false,
      message:
        "Ce stagiaire a été confié à un autre contrôleur de stage : vous ne pouvez plus agir sur ses documents.",
    });
    expect(await snapshot(hugoReport.id)).toEqual(before);
  });

  it("sets the council's deadlines and penalties, validated, audited, read by every stage", async () => {
    const { values } = (await getCouncilSettingsPage(bernard))!;
    expect(values).toMatchObject({
      annualSheetDelayDays: 21,
      penaltyMonths: 2,
      customReports: false,
    });
    const bad = councilSettingsSchema.safeParse({
      ...values,
      customReports: true,
      report1: 20,
      report2: 19,
      penaltyMonths: 40,
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "penaltyMonths: La pénalité de retard : 12 au plus.",
        "report2: Le rapport 2 doit être dû après le rapport 1.",
      ]),
    );
    const input = councilSettingsSchema.parse({
      ...values,
      penaltyMonths: 3,
      customReports: true,
      report1: 17,
      report2: 23,
      report3: 29,
      report4: 35,
    });
    expect(await updateCouncilSettings(bernard, input)).toEqual({ ok: true });
    const dossier = (await getMyDossier(camille))!;
    expect(dossier.settings.penaltyMonths).toBe(3);
    expect(dossier.settings.reportDueMonths).toEqual([17, 23, 29, 35]);
    expect(dossier.risks.join(" ")).not.toContain("2 mois de stage");
    const prisma = await db();
    expect(
      await prisma.auditLog.count({ where: { action: "regional-council.settings-updated" } }),
    ).toBe(1);
  });
});
