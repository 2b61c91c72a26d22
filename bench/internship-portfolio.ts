/**
 * npm run bench:portfolio — "Mon portefeuille" of a contrôleur de stage with
 * 300 stagiaires (issue 18: it stays fast), and the council's view of the
 * same stages: the data function each page calls, timed per filter, on
 * DATABASE_URL's PostgreSQL or the embedded bench database. The portfolio is
 * created once in that database (a council "Banc d'essai" of its own), with
 * reports and sheets in every state, then reused.
 *   --stagiaires=<n>   size of the portfolio (default 300)
 *   --runs=<n>         timed runs per filter (default 15)
 * Budget: the median of each filter under 500 ms.
 */
import "./lib/allow-server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const BUDGET_MS = 500;
const COUNCIL = "Conseil régional du banc d'essai";
const id = () => `b${crypto.randomBytes(12).toString("hex")}`;

async function main(): Promise<number> {
  const { BENCH_PGLITE_DIR } = await import("./data/accounts");
  process.env.PGLITE_DIR ||= BENCH_PGLITE_DIR;
  const { resolveDatabaseTarget } = await import("../lib/db/target");
  const { getDb, closeDb } = await import("../lib/db/client");
  const { applyMigrations, readMigrations } = await import("../lib/db/migrate");
  const { openSqlConnection } = await import("../lib/db/sql-connection");
  const target = resolveDatabaseTarget();
  const conn = await openSqlConnection(target);
  await applyMigrations(conn, readMigrations(path.resolve("prisma/migrations")), {
    usesAdvisoryLock: target.kind === "postgres",
  });
  await conn.close();
  const db = await getDb();
  const size = Number(arg("stagiaires") ?? 300);
  const runs = Number(arg("runs") ?? 15);

  const { addMonths } = await import("../lib/internships/calendar");
  const { parisDay, addDays } = await import("../lib/dates/paris");
  let council = await db.regionalCouncil.findUnique({ where: { name: COUNCIL } });
  if (!council) {
    const t0 = performance.now();
    council = await db.regionalCouncil.create({ data: { name: COUNCIL } });
    const controller = await db.user.create({
      data: {
        email: `controleur.banc.${id()}@exemple.test`,
        firstName: "Banc",
        lastName: "Contrôleur",
      },
    });
    const principal = await db.user.create({
      data: {
        email: `principal.banc.${id()}@exemple.test`,
        firstName: "Banc",
        lastName: "Principal",
      },
    });
    const master = await db.user.create({
      data: { email: `maitre.banc.${id()}@exemple.test`, firstName: "Banc", lastName: "Maître" },
    });
    const today = parisDay(new Date());
    const users = [],
      participants = [],
      internships = [],
      controls = [],
      supervisions = [];
    const documents = [],
      versions = [];
    for (let i = 0; i < size; i++) {
      const userId = id();
      const participantId = id();
      const internshipId = id();
      // Spread over the three years of the stage.
      const startDate = addDays(addMonths(today, -((i % 34) + 1)), -(i % 28));
      users.push({
        id: userId,
        email: `stagiaire.banc.${i}.${id()}@exemple.test`,
        firstName: `Stagiaire${i}`,
        lastName: `Banc${String(i).padStart(3, "0")}`,
      });
      participants.push({
        id: participantId,
        userId,
        kind: "PRIVATE" as const,
        profession: "EXPERT_COMPTABLE_STAGIAIRE" as const,
      });
      internships.push({
        id: internshipId,
        participantId,
        councilId: council.id,
        variant: "THREE_YEARS" as const,
        startDate,
      });
      controls.push(
        { id: id(), internshipId, userId: controller.id, role: "ADJOINT" as const, startDate },
        { id: id(), internshipId, userId: principal.id, role: "PRINCIPAL" as const, startDate },
      );
      supervisions.push({
        id: id(),
        internshipId,
        userId: master.id,
        role: "MASTER" as const,
        firmName: `Cabinet ${i}`,
        startDate,
      });
      const states = ["VALIDATED", "SUBMITTED_TO_CONTROLLER", "DRAFT", "ENDORSED"] as const;
      for (let n = 1; n <= 2; n++) {
        const documentId = id();
        documents.push({
          id: documentId,
          internshipId,
          kind: "REPORT" as const,
          sequence: n,
          year: 2,
          periodStart: startDate,
          periodEnd: startDate,
          state: states[(i + n) % 4]!,
          draftBody: "Rapport du banc d'essai.",
        });
        versions.push({
          id: id(),
          documentId,
          version: 1,
          body: "Rapport du banc d'essai.",
          createdById: userId,
        });
      }
      documents.push({
        id: id(),
        internshipId,
        kind: "ACTIVITY_SHEET" as const,
        sequence: 1,
        year: 1,
        periodStart: startDate,
        periodEnd: startDate,
        state: "VALIDATED" as const,
      });
    }
    await db.user.createMany({ data: users });
    await db.participant.createMany({ data: participants });
    await db.internship.createMany({ data: internships });
    await db.internshipControl.createMany({ data: controls });
    await db.internshipSupervision.createMany({ data: supervisions });
    await db.internshipDocument.createMany({ data: documents });
    await db.internshipDocumentVersion.createMany({ data: versions });
    console.log(
      `Portefeuille de ${size} stagiaires créé en ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );
  }

  const controls = await db.internshipControl.findFirstOrThrow({
    where: { role: "ADJOINT", internship: { councilId: council.id } },
    select: { userId: true },
  });
  const principalRow = await db.internshipControl.findFirstOrThrow({
    where: { role: "PRINCIPAL", internship: { councilId: council.id } },
    select: { userId: true },
  });
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const controller = (await loadViewer({ id: controls.userId }))!;
  const principal = (await loadViewer({ id: principalRow.userId }))!;
  const { getPortfolioPage, getCouncilPortfolioPage } =
    await import("../lib/internships/portfolio-page");
  const { parsePortfolioFilter } = await import("../lib/internships/portfolio");

  const cases: { what: string; run: () => Promise<{ count: number; total: number } | null> }[] = [
    {
      what: "Mon portefeuille, tous",
      run: () => getPortfolioPage(controller, parsePortfolioFilter({})),
    },
    {
      what: "Mon portefeuille, en retard",
      run: () => getPortfolioPage(controller, parsePortfolioFilter({ filtre: "retard" })),
    },
    {
      what: "Mon portefeuille, en attente de moi",
      run: () => getPortfolioPage(controller, parsePortfolioFilter({ filtre: "attente" })),
    },
    {
      what: "Mon portefeuille, année 2, page 3",
      run: () => getPortfolioPage(controller, parsePortfolioFilter({ annee: "2", page: "3" })),
    },
    {
      what: "Mon portefeuille, recherche",
      run: () => getPortfolioPage(controller, parsePortfolioFilter({ q: "Banc042" })),
    },
    {
      what: "Portefeuilles du conseil",
      run: () => getCouncilPortfolioPage(principal, parsePortfolioFilter({})),
    },
  ];
  const rows: { what: string; count: number; total: number; medianMs: number; p95Ms: number }[] =
    [];
  for (const c of cases) {
    await c.run(); // warm-up
    const times: number[] = [];
    let last: { count: number; total: number } | null = null;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      last = await c.run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({
      what: c.what,
      count: last?.count ?? 0,
      total: last?.total ?? 0,
      medianMs: Math.round(times[Math.floor(times.length / 2)]!),
      p95Ms: Math.round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!),
    });
  }
  console.table(rows);
  const database = target.kind === "postgres" ? "postgresql" : "pglite";
  const report = {
    at: new Date().toISOString(),
    database,
    stagiaires: size,
    runs,
    loadAverage: (await import("node:os")).loadavg(),
    budgetMs: BUDGET_MS,
    rows,
  };
  const dir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `internship-portfolio-${database}-${report.at.slice(0, 10)}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Résultats : ${path.relative(process.cwd(), file)}`);
  await closeDb();
  const over = rows.filter((r) => r.medianMs > BUDGET_MS);
  for (const r of over)
    console.error(`Au-delà du budget (${BUDGET_MS} ms) : ${r.what}, ${r.medianMs} ms`);
  return over.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
