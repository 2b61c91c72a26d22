import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../lib/auth/load-viewer";
import { flushMail } from "../../lib/mail/queue";
import { addMonths } from "../../lib/internships/calendar";
import { getAttestationFor, getMyAttestation } from "../../lib/internships/attestation";
import { checkInternshipAttestation } from "../../lib/internships/attestation";
import {
  extendAttestation,
  getEndOfStage,
  recordDecision,
  recordHearing,
  recordLatePenalty,
  sendSynthesis,
} from "../../lib/internships/decision";
import { getDossierFor, getMyDossier } from "../../lib/internships/dossier";
import {
  acceptInterview,
  counterProposeInterview,
  getInterviewPage,
  proposeInterview,
  recordInterviewReport,
} from "../../lib/internships/interview";
import { finalPackageComplete } from "../../lib/internships/obligations";
import { DEMO_ATTESTATION_NUMBER } from "../../prisma/seed/internship-end";
import { setupTestDatabase } from "../support/test-database";
import { withTestOutbox } from "../support/test-outbox";
import { viewerFor } from "../support/viewers";

/**
 * The end of the stage on the seeded demo: the year-2 interview between
 * Hélène Garnier and Lucas Moreau, a late document, the comité's decisions
 * (the hearing before an invalidation), the attestation issued exactly once
 * under concurrency and checked by its number, and nobody else reaching it.
 */
const { db } = setupTestDatabase("seeded");
const outbox = withTestOutbox([50]);

let lucas: Viewer;
let helene: Viewer;
let bernard: Viewer;
let camille: Viewer;
let lucasStage: string;
let camilleStage: string;

const HOUR = 3_600_000;
const local = (d: Date) => {
  const p = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
  return p.replace(" ", "T");
};
const slot = (at: Date) => ({
  scheduledAt: local(at),
  place: "",
  videoLink: "https://visio.example.fr/entretien",
  message: "",
});
const today = () => new Date().toISOString().slice(0, 10);

/** A user who controls (as adjoint, or as principal) a stage of another council only. */
async function outsider(email: string, role: "ADJOINT" | "PRINCIPAL"): Promise<Viewer> {
  const prisma = await db();
  const council = await prisma.regionalCouncil.create({
    data: { name: `Conseil de test ${email}` },
    select: { id: true },
  });
  const stagiaire = await prisma.user.create({
    data: {
      email: `stagiaire.${email}`,
      firstName: "Autre",
      lastName: "Stagiaire",
      participant: { create: { kind: "PRIVATE", profession: "EXPERT_COMPTABLE_STAGIAIRE" } },
    },
    select: { participant: { select: { id: true } } },
  });
  const user = await prisma.user.create({
    data: { email, firstName: "Autre", lastName: "Contrôleur" },
    select: { id: true },
  });
  const start = new Date(Date.UTC(2025, 0, 1));
  await prisma.internship.create({
    data: {
      participantId: stagiaire.participant!.id,
      councilId: council.id,
      variant: "THREE_YEARS",
      startDate: start,
      controls: { create: { userId: user.id, role, startDate: start } },
    },
  });
  return viewerFor(email);
}

beforeAll(async () => {
  lucas = await viewerFor("stagiaire@demo.test");
  helene = await viewerFor("controleur@demo.test");
  bernard = await viewerFor("controle.principal@demo.test");
  camille = await viewerFor("stagiaire.attestee@demo.test");
  lucasStage = lucas.internshipId!;
  camilleStage = camille.internshipId!;
});

describe("the demo", () => {
  it("shows Lucas the year-2 interview among his obligations", async () => {
    const dossier = (await getMyDossier(lucas))!;
    const interview = dossier.obligations.find((o) => o.kind === "interview")!;
    expect(interview).toMatchObject({ year: 2, label: "Entretien de 2e année", status: "todo" });
    expect(interview.due).toEqual(dossier.calendar.yearPeriods[1]!.end);
  });

  it("gives Hélène a stagiaire whose stage is complete and attested", async () => {
    const dossier = (await getDossierFor(helene, "controller", camilleStage))!;
    expect(dossier.status).toBe("COMPLETED");
    expect(finalPackageComplete(dossier.obligations)).toBe(true);
    expect(dossier.obligations.some((o) => o.kind === "interview")).toBe(true);
    const mine = (await getMyAttestation(camille))!;
    expect(mine.number).toBe(DEMO_ATTESTATION_NUMBER);
    expect(mine.validUntil.getTime()).toBe(addMonths(mine.issuedOn, 72).getTime() - 86_400_000);
    expect((await getAttestationFor(helene, camilleStage))?.number).toBe(DEMO_ATTESTATION_NUMBER);
  });

  it("checks the attestation's number anonymously, saying only who, which council, when", async () => {
    const check = await checkInternshipAttestation(DEMO_ATTESTATION_NUMBER.toLowerCase());
    expect(check).toMatchObject({ state: "valid", stagiaireName: "Camille Roux" });
    expect(Object.keys(check).sort()).toEqual(
      ["councilName", "issuedOn", "number", "stagiaireName", "state", "validUntil"].sort(),
    );
    expect(await checkInternshipAttestation("AFS-0000000000AA")).toEqual({ state: "unknown" });
    expect(await checkInternshipAttestation("x' OR 1=1 --")).toEqual({ state: "unknown" });
  });
});

describe("the year-2 interview", () => {
  const proposed = new Date(Date.now() + 10 * 24 * HOUR);
  const counter = new Date(Date.now() + 12 * 24 * HOUR);

  it("refuses what comes out of turn", async () => {
    expect(await acceptInterview(lucas, "stagiaire", lucasStage)).toMatchObject({ ok: false });
    expect(await counterProposeInterview(lucas, slot(counter))).toMatchObject({ ok: false });
    expect(
      await proposeInterview(helene, {
        internshipId: lucasStage,
        ...slot(new Date(Date.now() - HOUR)),
      }),
    ).toEqual({ ok: false, message: "Proposez une date à venir.", field: "scheduledAt" });
  });

  it("goes from the contrôleur's proposal to the stagiaire's, agreed, then recorded", async () => {
    expect(
      await proposeInterview(helene, { internshipId: lucasStage, ...slot(proposed) }),
    ).toMatchObject({ ok: true });
    expect(
      await counterProposeInterview(lucas, {
        ...slot(counter),
        message: "Je suis en inventaire ce jour-là.",
      }),
    ).toMatchObject({ ok: true });
    // The stagiaire cannot accept his own proposal; the contrôleur can.
    expect(await acceptInterview(lucas, "stagiaire", lucasStage)).toMatchObject({ ok: false });
    expect(await acceptInterview(helene, "controller", lucasStage)).toMatchObject({ ok: true });
    const page = (await getInterviewPage(lucas, "stagiaire", null))!;
    expect(page.interview?.state).toBe("ACCEPTED");
    expect(Math.abs(page.interview!.scheduledAt.getTime() - counter.getTime())).toBeLessThan(
      60_000,
    );

    const report = {
      internshipId: lucasStage,
      report: "Entretien tenu en visioconférence : stage bien engagé.",
    };
    expect(await recordInterviewReport(helene, report)).toEqual({
      ok: false,
      message: "L'entretien n'a pas encore eu lieu.",
    });
    const after = new Date(counter.getTime() + 2 * HOUR);
    expect(await recordInterviewReport(helene, report, after)).toMatchObject({ ok: true });
    const dossier = (await getMyDossier(lucas, after))!;
    expect(dossier.obligations.find((o) => o.kind === "interview")?.status).toBe("validated");
    expect(await recordInterviewReport(helene, report, after)).toMatchObject({ ok: false });
    expect(
      await proposeInterview(helene, { internshipId: lucasStage, ...slot(proposed) }, after),
    ).toMatchObject({ ok: false });

    await flushMail();
    const mails = await outbox.read();
    expect(
      mails.some((m) => m.to === "stagiaire@demo.test" && /date proposée/.test(m.subject)),
    ).toBe(true);
    expect(
      mails.some(
        (m) => m.to === "controleur@demo.test" && /propose une autre date/.test(m.subject),
      ),
    ).toBe(true);
    expect(
      mails.some((m) => m.to === "stagiaire@demo.test" && /compte rendu/.test(m.subject)),
    ).toBe(true);
  });
});

describe("isolation", () => {
  it("answers null (404) to another contrôleur, another council's principal, another stagiaire", async () => {
    const otherController = await outsider("autre.controleur@fin.test", "ADJOINT");
    const otherPrincipal = await outsider("autre.principal@fin.test", "PRINCIPAL");
    for (const viewer of [otherController, otherPrincipal, camille, lucas]) {
      expect(await getInterviewPage(viewer, "controller", lucasStage)).toBeNull();
      expect(
        await proposeInterview(viewer, {
          internshipId: lucasStage,
          ...slot(new Date(Date.now() + 48 * HOUR)),
        }),
      ).toBeNull();
      expect(await getEndOfStage(viewer, camilleStage)).toBeNull();
      expect(await getAttestationFor(viewer, camilleStage)).toBeNull();
      expect(
        await recordDecision(viewer, {
          internshipId: lucasStage,
          kind: "REFUSAL",
          decidedOn: today(),
          months: 0,
          comment: "",
        }),
      ).toBeNull();
      expect(await extendAttestation(viewer, camilleStage)).toBeNull();
    }
    // Lucas has no attestation: his own is none, and Camille's is not his.
    expect(await getMyAttestation(lucas)).toBeNull();
    // The adjoint is not the principal: the comité's decision is not hers to record.
    expect(
      await recordDecision(helene, {
        internshipId: lucasStage,
        kind: "REFUSAL",
        decidedOn: today(),
        months: 0,
        comment: "",
      }),
    ).toBeNull();
    expect(
      await recordHearing(helene, {
        internshipId: lucasStage,
        heldOn: today(),
        summary: "Audition du stagiaire.",
      }),
    ).toBeNull();
  });
});

describe("the comité's decision", () => {
  it("refuses an attestation on an incomplete stage without synthesis", async () => {
    expect(
      await recordDecision(bernard, {
        internshipId: lucasStage,
        kind: "ATTESTATION",
        decidedOn: today(),
        months: 0,
        comment: "",
      }),
    ).toMatchObject({ ok: false });
    expect(
      await sendSynthesis(helene, {
        internshipId: lucasStage,
        appreciation: "Une appréciation générale du stage.",
      }),
    ).toMatchObject({ ok: false });
  });

  it("adds a late document's penalty to the theoretical end", async () => {
    const prisma = await db();
    const before = (await getDossierFor(helene, "controller", lucasStage))!;
    const sheet = before.obligations.find((o) => o.key === "activity-sheet-1")!;
    // Recorded late only if transmitted after its due date.
    expect(
      await recordLatePenalty(helene, { documentId: sheet.documentId!, comment: "" }),
    ).toMatchObject({ ok: false });
    await prisma.documentReview.updateMany({
      where: { documentId: sheet.documentId!, toState: "SUBMITTED_TO_SUPERVISOR" },
      data: { at: new Date(sheet.due.getTime() + 3 * 24 * HOUR) },
    });
    expect(
      await recordLatePenalty(helene, {
        documentId: sheet.documentId!,
        comment: "Remise avec trois jours de retard.",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordLatePenalty(helene, { documentId: sheet.documentId!, comment: "" }),
    ).toMatchObject({ ok: false });
    const after = (await getDossierFor(helene, "controller", lucasStage))!;
    expect(after.calendar.theoreticalEnd).toEqual(
      new Date(
        addMonths(new Date(before.calendar.theoreticalEnd.getTime() + 86_400_000), 2).getTime() -
          86_400_000,
      ),
    );
  });

  it("voids months only after the hearing, then issues the attestation exactly once", async () => {
    const prisma = await db();
    // Camille's stage, reopened for the test: decision and attestation removed.
    await prisma.internshipAttestation.deleteMany({ where: { internshipId: camilleStage } });
    await prisma.internshipDecision.deleteMany({ where: { internshipId: camilleStage } });
    await prisma.internship.update({ where: { id: camilleStage }, data: { status: "ACTIVE" } });
    const endBefore = (await getDossierFor(bernard, "principal", camilleStage))!.calendar
      .theoreticalEnd;

    const invalidation = {
      internshipId: camilleStage,
      kind: "INVALIDATION" as const,
      decidedOn: today(),
      months: 2,
      comment: "",
    };
    expect(await recordDecision(bernard, invalidation)).toEqual({
      ok: false,
      message:
        "Une invalidation exige l'audition préalable du stagiaire : enregistrez d'abord son audition.",
    });
    expect(await recordDecision(bernard, { ...invalidation, months: 0 })).toMatchObject({
      ok: false,
    });
    expect(
      await recordHearing(bernard, {
        internshipId: camilleStage,
        heldOn: today(),
        summary: "Audition de la stagiaire.",
      }),
    ).toMatchObject({ ok: true });
    expect(await recordDecision(bernard, invalidation)).toMatchObject({ ok: true });
    // The hearing served once: a second invalidation needs a new one.
    expect(await recordDecision(bernard, invalidation)).toMatchObject({ ok: false });
    const endAfter = (await getDossierFor(bernard, "principal", camilleStage))!.calendar
      .theoreticalEnd;
    expect(endAfter.getTime()).toBeGreaterThan(endBefore.getTime() + 55 * 86_400_000);

    const attestation = {
      internshipId: camilleStage,
      kind: "ATTESTATION" as const,
      decidedOn: today(),
      months: 0,
      comment: "",
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => recordDecision(bernard, attestation)),
    );
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r?.ok)) {
      expect(r).toEqual({
        ok: false,
        message: "L'attestation de fin de stage a déjà été délivrée.",
      });
    }
    expect(
      await prisma.internshipAttestation.count({ where: { internshipId: camilleStage } }),
    ).toBe(1);
    expect(
      await prisma.internshipDecision.count({
        where: { internshipId: camilleStage, kind: "ATTESTATION" },
      }),
    ).toBe(1);
    const number = results.find((r) => r?.ok)!.number!;
    expect(await checkInternshipAttestation(number)).toMatchObject({
      state: "valid",
      stagiaireName: "Camille Roux",
    });

    // Extended by two years, once.
    const issued = (await getMyAttestation(camille))!;
    expect(await extendAttestation(bernard, camilleStage)).toMatchObject({ ok: true });
    expect(await extendAttestation(bernard, camilleStage)).toMatchObject({ ok: false });
    const extended = (await getMyAttestation(camille))!;
    expect(extended.validUntil.getTime()).toBe(
      addMonths(new Date(issued.validUntil.getTime() + 86_400_000), 24).getTime() - 86_400_000,
    );
  });
});
