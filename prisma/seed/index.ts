import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { storageFromEnv, type FileStorage } from "../../lib/storage";
import { emitBilling } from "./billing";
import { Clock } from "./clock";
import { buildCompanies } from "./companies";
import { buildCourses } from "./courses";
import { planDemoHistory } from "./demo-history";
import { addElearningQuestions, type QuestionCandidate } from "./elearning";
import { addGuideMaterial, planGuideSessions } from "./guide-sessions";
import { emitRegistration } from "./lifecycle";
import { addVolumeMaterials, storeFiles } from "./materials";
import {
  CONTROLLER2_EMAIL,
  MAITRE2_EMAIL,
  seedControllerPortfolio,
  STAGIAIRE3_EMAIL,
} from "./controller-portfolio";
import { CONTROLLER_EMAIL, PRINCIPAL_EMAIL, seedInternships, STAGIAIRE_EMAIL } from "./internships";
import { buildOrganizations } from "./organizations";
import { buildPeople } from "./people";
import type { SeedContext, World } from "./plan";
import { DEMO_SEED, Rng } from "./random";
import { countRows, emptyRows, insertRows, type ModelName, type SeedRows } from "./rows";
import { assignReferences, emitSessions } from "./sessions";
import { addDemoTrainers } from "./trainers";
import { answererOf, fillSessions, planVolumeSessions } from "./volume";

export const DEMO_PASSWORD = "parcours-demo";
/** The account whose presence means "the demo is already there". */
export const DEMO_MARKER_EMAIL = "participant@demo.test";
export const DEMO_ACCOUNTS = [
  "participant@demo.test",
  "participant2@demo.test",
  "particulier@demo.test",
  "manager@demo.test",
  "organisme@demo.test",
  "formateur@demo.test",
  "formateur2@demo.test",
  STAGIAIRE_EMAIL,
  CONTROLLER_EMAIL,
  PRINCIPAL_EMAIL,
  STAGIAIRE3_EMAIL,
  MAITRE2_EMAIL,
  CONTROLLER2_EMAIL,
] as const;

export type SeedSummary = {
  /** False when the demo was already there and nothing was written. */
  created: boolean;
  counts: Partial<Record<ModelName, number>>;
  files: number;
};

export type SeedOptions = {
  now: Date;
  /** Where material files go; by default the app's configured storage (STORAGE_DIR or S3). */
  storage?: FileStorage;
  seed?: number;
};

/**
 * Plans the whole demo in memory. Pure apart from the clock it is given, so it
 * can be inspected without a database.
 */
export function buildDemo(opts: { now: Date; passwordHash: string; seed?: number }): {
  rows: SeedRows;
  files: SeedContext["files"];
  world: World;
} {
  const ctx: SeedContext = {
    rng: new Rng(opts.seed ?? DEMO_SEED),
    clock: new Clock(opts.now),
    rows: emptyRows(),
    passwordHash: opts.passwordHash,
    files: [],
    counters: new Map(),
  };
  const orgs = buildOrganizations(ctx);
  const companies = buildCompanies(ctx);
  const people = buildPeople(ctx, companies);
  const courses = buildCourses(ctx, orgs);
  const world: World = {
    orgs,
    courses,
    coursesByKey: new Map(courses.map((c) => [c.key, c])),
    companies: companies.map((c) => c.plan),
    participants: people.participants,
    demo: { ...people.demo, nadiaUserId: orgs.crfc.adminUserId },
    sessions: [],
    registrations: [],
    orders: [],
  };

  const guide = planGuideSessions(ctx, world);
  planDemoHistory(ctx, world, guide);
  planVolumeSessions(ctx, world);
  fillSessions(ctx, world);

  assignReferences(ctx, world.sessions);
  emitSessions(ctx, world.sessions);
  const lifecycleRng = ctx.rng.fork("lifecycle");
  const certificateNumbers = new Set<string>();
  for (const registration of world.registrations)
    emitRegistration(ctx, lifecycleRng, registration, certificateNumbers);
  emitBilling(ctx, ctx.rng.fork("billing"), world.orders);
  addDemoTrainers(ctx, world);

  addGuideMaterial(ctx, guide.asfodem);
  addVolumeMaterials(
    ctx,
    world.sessions.filter((s) => s !== guide.asfodem),
  );

  const candidates: QuestionCandidate[] = world.registrations
    .filter(
      (r) =>
        r.session.course.elearning &&
        r.elearningAccessStartsAt &&
        r.elearning !== "none" &&
        r.elearning !== "not-started",
    )
    .filter((r) => r.participant !== world.demo.claire)
    .map((r) => ({
      registrationId: r.id,
      courseKey: r.session.course.key,
      moduleId: r.session.course.elearning?.moduleId ?? "",
      askedAfter: r.elearningAccessStartsAt ?? r.session.startsAt,
      answererId: answererOf(r.session.org),
    }));
  addElearningQuestions(ctx, ctx.rng.fork("elearning-questions"), candidates, 14);
  seedControllerPortfolio(ctx, seedInternships(ctx, world));

  return { rows: ctx.rows, files: ctx.files, world };
}

export async function demoExists(db: Pick<PrismaClient, "user">): Promise<boolean> {
  return (await db.user.count({ where: { email: DEMO_MARKER_EMAIL } })) > 0;
}

class AlreadySeeded extends Error {}

/**
 * Seeds the demo unless it is already there. Everything is written in one
 * transaction: a failure leaves the database as it was, never half a demo that
 * the next run would mistake for a complete one.
 */
export async function seedDemo(db: PrismaClient, opts: SeedOptions): Promise<SeedSummary> {
  if (await demoExists(db)) return { created: false, counts: {}, files: 0 };
  // scrypt is slow on purpose: hash once, share the hash across every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { rows, files } = buildDemo({ now: opts.now, passwordHash, seed: opts.seed });

  // Files first: an orphan file after a failed transaction is harmless, a row pointing at no file is not.
  await storeFiles(opts.storage ?? storageFromEnv(), files);

  try {
    await db.$transaction(
      async (tx) => {
        if (await demoExists(tx)) throw new AlreadySeeded();
        await insertRows(tx, rows);
      },
      { maxWait: 30_000, timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof AlreadySeeded) return { created: false, counts: {}, files: 0 };
    throw error;
  }
  return { created: true, counts: countRows(rows), files: files.length };
}

/**
 * Empties every application table (not Prisma's migration bookkeeping) in one
 * statement; CASCADE takes care of the foreign keys between them.
 */
export async function emptyDatabase(db: PrismaClient): Promise<number> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  if (tables.length === 0) return 0;
  const list = tables.map((t) => `"public"."${t.tablename.replace(/"/g, '""')}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${list} CASCADE`);
  return tables.length;
}

/**
 * --reset: empties the tables, then deletes the stored files they pointed at
 * (materials, unit attachments), which nothing could reach any more.
 */
export async function resetDatabase(
  db: PrismaClient,
  storage: FileStorage = storageFromEnv(),
): Promise<{ tables: number; files: number }> {
  const [versions, units] = await Promise.all([
    db.trainingMaterialVersion.findMany({ select: { storageKey: true } }),
    db.elearningUnit.findMany({
      where: { fileStorageKey: { not: null } },
      select: { fileStorageKey: true },
    }),
  ]);
  const keys = [
    ...versions.map((v) => v.storageKey),
    ...units.map((u) => u.fileStorageKey).filter((k): k is string => k !== null),
  ];
  const tables = await emptyDatabase(db);
  let files = 0;
  for (let i = 0; i < keys.length; i += 16) {
    const results = await Promise.allSettled(
      keys.slice(i, i + 16).map((key) => storage.delete(key)),
    );
    files += results.filter((r) => r.status === "fulfilled").length;
  }
  return { tables, files };
}
