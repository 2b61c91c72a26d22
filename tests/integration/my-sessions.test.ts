import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { countQueries } from "../../lib/db/query-count";
import { getCourseSheet } from "../../lib/sessions/course-sheet";
import { getSessionDetails } from "../../lib/sessions/details";
import { listMySessions } from "../../lib/sessions/list";
import { parseSessionListQuery } from "../../lib/sessions/list-query";
import { getMaterialForDownload } from "../../lib/sessions/material-download";
import { getTrainingRecord } from "../../lib/sessions/training-record";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const query = (params: Record<string, string> = {}) => parseSessionListQuery(params);

async function allCards(email: string, vue: "prochaines" | "terminees") {
  const viewer = await participantViewerFor(email);
  const first = await listMySessions(viewer, query({ vue }));
  const cards = [...first.cards];
  for (let page = 2; page <= first.pageCount; page++)
    cards.push(...(await listMySessions(viewer, query({ vue, page: String(page) }))).cards);
  return cards;
}

describe("Mes sessions", () => {
  it("shows the guide's upcoming cards with only the actions their state allows", async () => {
    const cards = await allCards("participant@demo.test", "prochaines");
    const byTitle = (title: string) => cards.find((c) => c.title === title)!;

    const cycle = byTitle("Test Cycle 1ère année (Stage)");
    expect(cycle).toMatchObject({
      modality: "CURSUS",
      reference: "20230050",
      orderReference: "C20032300019",
      status: "CONFIRMED",
    });
    expect(cycle.dates).toHaveLength(6);
    expect(cycle.actions.details).toBe(true);

    const safir2 = byTitle("FORMATION SAFIR 2");
    expect(safir2).toMatchObject({
      reference: "20230117",
      orderReference: "C20042300006",
      status: "PENDING",
      place: "Dijon",
    });
    expect(safir2.dates).toEqual([
      expect.stringMatching(/\(après-midi\)$/),
      expect.stringMatching(/\(matin\)$/),
    ]);
    expect(safir2.actions).toMatchObject({
      details: false,
      positioningTest: true,
      module: null,
      join: null,
    });

    const pack = byTitle(
      "Pack Actualités - 4ème trimestre (fiscal, social, juridique, comptable et pratiques professionnelles)",
    );
    expect(pack).toMatchObject({
      reference: "41230106",
      place: "Paris",
      organizerName: "SUPEXPRTISE Paris",
      status: "PENDING",
    });
    expect(pack.actions).toMatchObject({ details: false, positioningTest: false });

    const elearning = byTitle(
      "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
    );
    expect(elearning).toMatchObject({
      reference: "20.01.SOC0018.23",
      place: "En ligne",
      status: "CONFIRMED",
    });
    expect(elearning.dates[0]).toMatch(
      /^Accessible pendant 90 jours \(du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}\)$/,
    );
    expect(elearning.actions.module?.state).toBe("open");

    const safir3 = byTitle("FORMATION SAFIR 3");
    expect(safir3).toMatchObject({
      modality: "VIRTUAL_CLASS",
      reference: "20230119",
      place: "En ligne",
    });
    expect(safir3.actions.join?.state).toBe("later");
  });

  it("lists ended sessions most recent first, the guide's ASFODEM session among them", async () => {
    const cards = await allCards("participant@demo.test", "terminees");
    expect(cards.length).toBeGreaterThanOrEqual(10);
    expect(cards.find((c) => c.reference === "06230008")).toMatchObject({
      title: "Comptables : s'initier au social pour mieux communiquer",
      organizerName: "ASFODEM",
    });
    const viewer = await participantViewerFor("participant@demo.test");
    const rows = await (
      await db()
    ).registration.findMany({
      where: { participantId: viewer.participantId, session: { endsAt: { lt: new Date() } } },
      select: { id: true, session: { select: { endsAt: true } } },
      orderBy: { session: { endsAt: "desc" } },
    });
    expect(cards.map((c) => c.registrationId)).toEqual(rows.map((r) => r.id));
  });

  it("searches and filters by organization, modality and year", async () => {
    const viewer = await participantViewerFor("participant@demo.test");
    const safir = await listMySessions(viewer, query({ q: "safir" }));
    expect(safir.cards.map((c) => c.title).sort()).toEqual([
      "FORMATION SAFIR 2",
      "FORMATION SAFIR 3",
    ]);
    const byOrder = await listMySessions(viewer, query({ q: "C41042300001" }));
    expect(byOrder.cards.map((c) => c.reference)).toEqual(["41230106"]);
    const virtual = await listMySessions(
      viewer,
      query({ vue: "terminees", modalite: "VIRTUAL_CLASS" }),
    );
    expect(virtual.cards.every((c) => c.modality === "VIRTUAL_CLASS")).toBe(true);
    const asfodem = virtual.facets.organizations.find((o) => o.name === "ASFODEM")!;
    const byOrg = await listMySessions(viewer, query({ vue: "terminees", organisme: asfodem.id }));
    expect(byOrg.cards.every((c) => c.organizerName === "ASFODEM")).toBe(true);
    const year = byOrg.facets.years[byOrg.facets.years.length - 1]!;
    const byYear = await listMySessions(viewer, query({ vue: "terminees", annee: String(year) }));
    expect(byYear.total).toBeGreaterThan(0);
    expect(byYear.total).toBeLessThan(
      (await listMySessions(viewer, query({ vue: "terminees" }))).total,
    );
  });

  it("keeps the same number of SQL queries for 300 registrations (at most 5)", async () => {
    const prisma = await db();
    const claire = await participantViewerFor("participant@demo.test");
    const few = await countQueries(() => listMySessions(claire, query({ vue: "terminees" })));

    // A participant registered to 300 sessions.
    const sessions = await prisma.trainingSession.findMany({ select: { id: true }, take: 300 });
    expect(sessions).toHaveLength(300);
    const user = await prisma.user.create({
      data: { email: "busy@test.fr", firstName: "Busy", lastName: "Learner" },
    });
    const participant = await prisma.participant.create({
      data: { userId: user.id, kind: "PRIVATE" },
    });
    await prisma.registration.createMany({
      data: sessions.map((s) => ({
        id: crypto.randomUUID(),
        participantId: participant.id,
        sessionId: s.id,
        status: "CONFIRMED" as const,
      })),
    });
    const busy = await participantViewerFor("busy@test.fr");
    const many = await countQueries(() => listMySessions(busy, query({ vue: "terminees" })));
    expect(many.result.total).toBeGreaterThan(20);
    expect(many.result.cards).toHaveLength(20);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(4); // + 1 for the viewer = 5 per page

    const details = await countQueries(() =>
      getSessionDetails(busy, many.result.cards[0]!.registrationId),
    );
    expect(details.result).not.toBeNull();
    expect(details.queries).toBeLessThanOrEqual(2);
  });
});

describe("session details, course sheet and materials", () => {
  it("gives the details of a confirmed in-person session with its address and map link", async () => {
    const claire = await participantViewerFor("participant@demo.test");
    const cards = await allCards("participant@demo.test", "prochaines");
    const cycle = cards.find((c) => c.reference === "20230050")!;
    const details = await getSessionDetails(claire, cycle.registrationId);
    expect(details?.programme.length).toBeGreaterThanOrEqual(6);
    expect(details?.venue?.mapUrl ?? "").toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
  });

  it("refuses details of a pending registration (the guide opens them at confirmation)", async () => {
    const claire = await participantViewerFor("participant@demo.test");
    const safir2 = (await allCards("participant@demo.test", "prochaines")).find(
      (c) => c.reference === "20230117",
    )!;
    expect(await getSessionDetails(claire, safir2.registrationId)).toBeNull();
    const sheet = await getCourseSheet(claire, safir2.registrationId);
    expect(sheet).toMatchObject({ title: "FORMATION SAFIR 2", durationMinutes: 360 });
    expect(sheet?.disabilityContact.email).toContain("@");
  });

  it("lists the ended session's open materials, latest version, and serves the file", async () => {
    const claire = await participantViewerFor("participant@demo.test");
    const ended = (await allCards("participant@demo.test", "terminees")).find(
      (c) => c.reference === "06230008",
    )!;
    const details = await getSessionDetails(claire, ended.registrationId);
    const guide = details?.materials.find((m) => m.title === "Guide Utilisateurs");
    expect(guide).toMatchObject({ type: "Guide utilisateurs", version: 2 });
    expect(guide?.availableUntil).not.toBeNull();
    const file = await getMaterialForDownload(claire, ended.registrationId, guide!.id);
    expect(file).toMatchObject({ mimeType: "application/pdf" });
  });

  it("hides a material outside its window (404) while the others stay listed", async () => {
    const prisma = await db();
    const claire = await participantViewerFor("participant@demo.test");
    const ended = (await allCards("participant@demo.test", "terminees")).find(
      (c) => c.reference === "06230008",
    )!;
    const registration = await prisma.registration.findUniqueOrThrow({
      where: { id: ended.registrationId },
      select: { sessionId: true },
    });
    const closed = await prisma.trainingMaterial.create({
      data: {
        sessionId: registration.sessionId,
        title: "Ancien diaporama",
        type: "Diaporama",
        phase: "AFTER",
        availableUntil: new Date(Date.now() - 86_400_000),
        versions: {
          create: {
            version: 1,
            storageKey: `materials/${crypto.randomUUID()}.pdf`,
            fileName: "ancien.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
          },
        },
      },
    });
    const details = await getSessionDetails(claire, ended.registrationId);
    expect(details?.materials.map((m) => m.title)).toContain("Guide Utilisateurs");
    expect(details?.materials.map((m) => m.title)).not.toContain("Ancien diaporama");
    expect(await getMaterialForDownload(claire, ended.registrationId, closed.id)).toBeNull();
  });

  it("gives another participant nothing of Claire's: details, course sheet, material (404)", async () => {
    const thomas = await participantViewerFor("participant2@demo.test");
    const claire = await participantViewerFor("participant@demo.test");
    const ended = (await allCards("participant@demo.test", "terminees")).find(
      (c) => c.reference === "06230008",
    )!;
    const guide = (await getSessionDetails(claire, ended.registrationId))!.materials[0]!;
    expect(await getSessionDetails(thomas, ended.registrationId)).toBeNull();
    expect(await getCourseSheet(thomas, ended.registrationId)).toBeNull();
    expect(await getMaterialForDownload(thomas, ended.registrationId, guide.id)).toBeNull();
    expect(await getSessionDetails(thomas, "inconnu")).toBeNull();
  });
});

describe("Mon parcours", () => {
  it("sums the hours of the ended, confirmed trainings per year", async () => {
    const prisma = await db();
    const claire = await participantViewerFor("participant@demo.test");
    const record = await getTrainingRecord(claire);
    const expected = await prisma.registration.findMany({
      where: {
        participantId: claire.participantId,
        status: "CONFIRMED",
        session: { endsAt: { lt: new Date() } },
      },
      select: { session: { select: { course: { select: { durationMinutes: true } } } } },
    });
    const total = expected.reduce((sum, r) => sum + r.session.course.durationMinutes, 0);
    expect(record.minutesByYear.reduce((sum, y) => sum + y.minutes, 0)).toBe(total);
    expect(record.lines).toHaveLength(expected.length);
    expect(record.hasDuty).toBe(true);
    expect(record.duty.years).toHaveLength(3);
  });
});
