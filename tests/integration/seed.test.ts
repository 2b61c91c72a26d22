import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../lib/auth/permissions";
import type { PrismaClient } from "../../lib/db/generated/client";
import { Modality, RegistrationStatus } from "../../lib/db/generated/enums";
import { LocalFileStorage } from "../../lib/storage/local";
import { DEMO_ACCOUNTS, seedDemo } from "../../prisma/seed/index";
import { INSERT_ORDER, type ModelName } from "../../prisma/seed/rows";
import { setupTestDatabase } from "../support/test-database";

/**
 * The demo promises the guide's examples to whoever opens the app, and enough
 * volume to exercise every state. A fixed clock keeps the dates checkable. The
 * database is a fresh migrated copy (embedded, or on the PostgreSQL server that
 * DATABASE_URL names), never the developer's own.
 */
const NOW = new Date("2026-03-15T10:00:00Z");
const DAY = 86_400_000;

const { db } = setupTestDatabase("migrated");
let prisma: PrismaClient;
let storageDir: string;

async function countAll(client: PrismaClient): Promise<Record<ModelName, number>> {
  const entries = await Promise.all(
    INSERT_ORDER.map(async (name) => {
      const delegate = (client as unknown as Record<ModelName, { count: () => Promise<number> }>)[
        name
      ];
      return [name, await delegate.count()] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<ModelName, number>;
}

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-seed-storage-"));
  prisma = await db();
  const summary = await seedDemo(prisma, { now: NOW, storage: new LocalFileStorage(storageDir) });
  expect(summary.created).toBe(true);
}, 120_000);

afterAll(() => {
  fs.rmSync(storageDir, { recursive: true, force: true });
});

describe("demo seed", () => {
  it("creates the five demo accounts with their roles", async () => {
    const users = await prisma.user.findMany({
      where: { email: { in: [...DEMO_ACCOUNTS] } },
      include: {
        participant: { include: { company: true } },
        companyMemberships: { include: { grants: true, company: true } },
        organizationStaff: { include: { organization: true } },
      },
    });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect([...byEmail.keys()].sort()).toEqual([...DEMO_ACCOUNTS].sort());
    for (const user of users) expect(user.passwordHash).toMatch(/^scrypt\$/);

    const claire = byEmail.get("participant@demo.test");
    expect(claire?.firstName).toBe("Claire");
    expect(claire?.participant?.kind).toBe("COLLABORATOR");
    expect(claire?.participant?.profession).toBe("EXPERT_COMPTABLE");
    expect(claire?.participant?.company?.name).toBe("Cabinet Delorme & Associés");

    const thomas = byEmail.get("participant2@demo.test");
    expect(thomas?.participant?.companyId).toBe(claire?.participant?.companyId);

    const sophie = byEmail.get("particulier@demo.test");
    expect(sophie?.participant?.kind).toBe("PRIVATE");
    expect(sophie?.participant?.companyId).toBeNull();

    const julien = byEmail.get("manager@demo.test");
    expect(julien?.participant).toBeNull();
    expect(julien?.companyMemberships).toHaveLength(1);
    expect(julien?.companyMemberships[0]?.company.name).toBe("Cabinet Delorme & Associés");
    expect(julien?.companyMemberships[0]?.grants.map((g) => g.permission).sort()).toEqual(
      [...ROLES.manager.permissions].sort(),
    );

    const nadia = byEmail.get("organisme@demo.test");
    expect(nadia?.organizationStaff).toHaveLength(1);
    expect(nadia?.organizationStaff[0]?.role).toBe("ADMIN");
    expect(nadia?.organizationStaff[0]?.organization.name).toBe("CRFC Centre-Est");
    expect(nadia?.organizationStaff[0]?.organization.legalName).toBe(
      "Centre Régional de Formation Comptable Centre-Est",
    );
  });

  it("gives Claire the guide's sessions, with their exact titles and references", async () => {
    const registrations = await prisma.registration.findMany({
      where: { participant: { user: { email: "participant@demo.test" } } },
      include: {
        session: {
          include: {
            course: true,
            organization: true,
            slots: { orderBy: { startsAt: "asc" } },
            materials: { include: { versions: true } },
          },
        },
        order: true,
        responses: true,
        progress: true,
      },
    });
    const byRef = new Map(registrations.map((r) => [r.session.reference, r]));
    const expected = [
      [
        "20230050",
        "Test Cycle 1ère année (Stage)",
        Modality.CURSUS,
        RegistrationStatus.CONFIRMED,
        "C20032300019",
      ],
      [
        "20230117",
        "FORMATION SAFIR 2",
        Modality.IN_PERSON,
        RegistrationStatus.PENDING,
        "C20042300006",
      ],
      [
        "41230106",
        "Pack Actualités - 4ème trimestre (fiscal, social, juridique, comptable et pratiques professionnelles)",
        Modality.IN_PERSON,
        RegistrationStatus.PENDING,
        "C41042300001",
      ],
      [
        "20.01.SOC0018.23",
        "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
        Modality.ELEARNING,
        RegistrationStatus.CONFIRMED,
        "C20032300041",
      ],
      [
        "20230119",
        "FORMATION SAFIR 3",
        Modality.VIRTUAL_CLASS,
        RegistrationStatus.CONFIRMED,
        "C20042300009",
      ],
    ] as const;
    for (const [reference, title, modality, status, orderReference] of expected) {
      const r = byRef.get(reference);
      expect(r, reference).toBeDefined();
      expect(r?.session.course.title).toBe(title);
      expect(r?.session.modality).toBe(modality);
      expect(r?.status).toBe(status);
      expect(r?.order?.reference).toBe(orderReference);
      // Upcoming or running: it belongs under "Prochaines sessions".
      expect(r?.session.endsAt.getTime()).toBeGreaterThan(NOW.getTime());
    }

    const cycle = byRef.get("20230050");
    expect(cycle?.session.slots).toHaveLength(6);
    expect(cycle?.session.startsAt.getTime()).toBeGreaterThan(NOW.getTime());

    const safir2 = byRef.get("20230117");
    expect(safir2?.session.positioningRequired).toBe(true);
    expect(safir2?.session.placeLabel).toBe("Dijon");
    expect(safir2?.session.slots.map((s) => [s.halfDay, s.title, s.durationMinutes])).toEqual([
      ["AFTERNOON", "PRODUITS ET CATALOGUE", 180],
      ["MORNING", "ORGANISER LES SESSIONS", 180],
    ]);
    expect(safir2?.responses).toHaveLength(0);
    const positioning = await prisma.questionnaire.findMany({
      where: { sessionId: safir2?.sessionId, kind: "POSITIONING" },
      include: { questions: { include: { options: true } } },
    });
    expect(positioning).toHaveLength(1);
    expect(positioning[0]?.questions.map((q) => [q.type, q.points])).toEqual([
      ["SINGLE_CHOICE", 1],
      ["SINGLE_CHOICE", 1],
    ]);
    for (const q of positioning[0]?.questions ?? [])
      expect(q.options.filter((o) => o.isCorrect)).toHaveLength(1);

    const pack = byRef.get("41230106");
    expect(pack?.session.organization.name).toBe("SUPEXPRTISE Paris");

    const elearning = byRef.get("20.01.SOC0018.23");
    expect(elearning?.order?.status).toBe("PAID");
    expect(elearning?.session.placeLabel).toBeNull();
    expect(elearning?.session.elearningAccessDays).toBe(90);
    expect(elearning?.elearningAccessStartsAt?.getTime()).toBe(
      elearning?.session.startsAt.getTime(),
    );
    expect(elearning?.elearningAccessStartsAt?.getTime()).toBeLessThan(NOW.getTime());
    expect(elearning?.progress).toHaveLength(0);
    const elearningModule = await prisma.elearningModule.findUnique({
      where: { courseId: elearning?.session.courseId },
      include: { units: { orderBy: { position: "asc" } } },
    });
    expect(elearningModule?.units.map((u) => `${u.code} - ${u.title}`)).toEqual([
      "UA1 - Définition, principes et caractéristiques des avantages en nature",
      "UA2 - analyse détaillée de chaque dispositif",
    ]);

    const safir3 = byRef.get("20230119");
    expect(safir3?.session.slots.map((s) => s.title)).toEqual(["FOCUS V4"]);
    expect(safir3?.session.joinUrl).toMatch(/^https:\/\//);

    const asfodem = byRef.get("06230008");
    expect(asfodem?.session.course.title).toBe(
      "Comptables : s'initier au social pour mieux communiquer",
    );
    expect(asfodem?.session.organization.name).toBe("ASFODEM");
    expect(asfodem?.status).toBe("CONFIRMED");
    const ended = asfodem?.session.endsAt.getTime() ?? 0;
    expect(ended).toBeLessThan(NOW.getTime());
    expect(ended).toBeGreaterThan(NOW.getTime() - 10 * DAY);
    expect(asfodem?.responses).toHaveLength(0);
    const guide = asfodem?.session.materials.find((m) => m.title === "Guide Utilisateurs");
    expect(guide?.versions).toHaveLength(2);
    for (const version of guide?.versions ?? []) {
      const file = fs.readFileSync(path.join(storageDir, version.storageKey));
      expect(file.subarray(0, 5).toString()).toBe("%PDF-");
      expect(file.length).toBe(version.sizeBytes);
    }

    const statuses = new Set(registrations.map((r) => r.status));
    expect(statuses).toEqual(new Set(["PENDING", "CONFIRMED", "CANCELLED", "REFUSED"]));
  });

  it("has the volume the other spaces need", async () => {
    expect(await prisma.trainingOrganization.count()).toBeGreaterThanOrEqual(3);
    expect(await prisma.company.count()).toBeGreaterThanOrEqual(5);
    expect(await prisma.participant.count()).toBeGreaterThanOrEqual(200);
    expect(await prisma.trainingSession.count()).toBeGreaterThanOrEqual(300);
    const modalities = await prisma.trainingSession.groupBy({ by: ["modality"], _count: true });
    expect(new Set(modalities.map((m) => m.modality))).toEqual(new Set(Object.values(Modality)));
    const statuses = await prisma.registration.groupBy({ by: ["status"], _count: true });
    expect(new Set(statuses.map((s) => s.status))).toEqual(
      new Set(Object.values(RegistrationStatus)),
    );
    // @demo.test is kept for the documented accounts.
    expect(await prisma.user.count({ where: { email: { endsWith: "@demo.test" } } })).toBe(
      DEMO_ACCOUNTS.length,
    );
  });

  it("does nothing when run a second time", async () => {
    const before = await countAll(prisma);
    const summary = await seedDemo(prisma, { now: NOW, storage: new LocalFileStorage(storageDir) });
    expect(summary.created).toBe(false);
    expect(await countAll(prisma)).toEqual(before);
  }, 120_000);
});
