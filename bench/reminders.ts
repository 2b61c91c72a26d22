/**
 * npm run bench:reminders — the reminder pass of the mail worker over the
 * benchmark's data set (100,000 registrations, `npm run bench:data`; loaded
 * here when missing): time and memory of each rule's set-based queries, then
 * of a whole pass, on DATABASE_URL's PostgreSQL or the embedded bench
 * database. Budget: a pass under a minute.
 *   --at=<ISO>    the moment of the pass (default: now; the data is placed relative to its load day)
 *   --october     also the 1 October rule (the continuing-education duty), on 2 October of that year
 *   --send        also build and write the queued messages (to a temporary outbox)
 * Run on a copy: the pass stores its MailJob rows (the script deletes them afterwards).
 */
import "./lib/allow-server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const BUDGET_MS = 60_000;

async function main(): Promise<number> {
  const { BENCH_PGLITE_DIR, DEFAULT_SEED } = await import("./data/accounts");
  process.env.PGLITE_DIR ||= BENCH_PGLITE_DIR;
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-bench-reminders-"));
  process.env.OUTBOX_DIR = outboxDir;
  delete process.env.SMTP_URL;
  const { resolveDatabaseTarget, describeTarget } = await import("../lib/db/target");
  const { loadBenchData } = await import("./data/load");
  const target = resolveDatabaseTarget();
  const loaded = await loadBenchData(target, {
    seed: DEFAULT_SEED,
    now: new Date(),
    reset: false,
    log: (line) => console.log(line),
  });
  if (loaded.created) console.log(`Données chargées en ${loaded.seconds.toFixed(1)} s.`);

  const { getDb, closeDb } = await import("../lib/db/client");
  const { runRule } = await import("../lib/reminders/pass");
  const { REMINDER_RULES } = await import("../lib/reminders/rules");
  const { sendWeeklyDigests } = await import("../lib/notifications/digest");
  const { drainMail, flushMail } = await import("../lib/mail/queue");
  const { parisParts, parisTime } = await import("../lib/dates/paris");
  const db = await getDb();
  const registrations = await db.registration.count();
  const at = arg("at") ? new Date(arg("at")!) : new Date();
  const send = process.argv.includes("--send");
  const startedAt = new Date();

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const measure = async <T>(work: () => Promise<T>) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const result = await work();
    return {
      result,
      ms: performance.now() - t0,
      heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    };
  };

  // Without --send, queued messages are counted, not built (the pass is what is measured).
  const { setTransportForTests } = await import("../lib/mail/transport");
  if (!send) setTransportForTests({ send: async () => {} });

  const rows: { what: string; ms: number; heapMb: number; queued: number }[] = [];
  const moments = [{ label: "", now: at }];
  if (process.argv.includes("--october")) {
    moments.push({ label: " (2 octobre)", now: parisTime(parisParts(at).year, 10, 2, 9) });
  }
  for (const { label, now } of moments) {
    for (const rule of REMINDER_RULES) {
      const m = await measure(() => runRule(rule, now));
      rows.push({ what: `${rule.key}${label}`, ms: m.ms, heapMb: m.heapMb, queued: m.result });
    }
    const digest = await measure(() => sendWeeklyDigests(now));
    rows.push({
      what: `digest${label}`,
      ms: digest.ms,
      heapMb: digest.heapMb,
      queued: digest.result,
    });
    await flushMail();
    // The steady state: the same minute again, everything already queued.
    const again = await measure(async () => {
      let queued = 0;
      for (const rule of REMINDER_RULES) queued += await runRule(rule, now);
      return queued;
    });
    rows.push({
      what: `pass, again${label}`,
      ms: again.ms,
      heapMb: again.heapMb,
      queued: again.result,
    });
    await flushMail();
  }
  clearInterval(sampler);

  const firstPassMs = rows
    .filter((r) => !r.what.startsWith("pass") && !r.what.includes("octobre"))
    .reduce((sum, r) => sum + r.ms, 0);
  console.log(
    `\nPasse de rappels sur ${describeTarget(target)}, ${registrations} inscriptions, à ${at.toISOString()}`,
  );
  console.table(
    rows.map((r) => ({
      étape: r.what,
      "durée (ms)": Math.round(r.ms),
      "tas (Mo)": r.heapMb.toFixed(1),
      "mis en file": r.queued,
    })),
  );
  console.log(
    `Première passe : ${(firstPassMs / 1000).toFixed(2)} s (budget ${BUDGET_MS / 1000} s) ; mémoire du processus au plus ${(peakRss / 2 ** 20).toFixed(0)} Mo.`,
  );

  // Leaves the data set as it was.
  await drainMail();
  const removed = await db.mailJob.deleteMany({
    where: { createdAt: { gte: new Date(startedAt.getTime() - 1_000) } },
  });
  console.log(`${removed.count} messages de la passe supprimés.`);
  fs.rmSync(outboxDir, { recursive: true, force: true });

  const results = path.resolve("bench/results");
  fs.mkdirSync(results, { recursive: true });
  const file = path.join(
    results,
    `reminders-${target.kind}-${new Date().toISOString().slice(0, 10)}.json`,
  );
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: at.toISOString(),
        database: target.kind,
        registrations,
        cpus: os.cpus().length,
        loadAverage: os.loadavg(),
        node: process.version,
        firstPassMs: Math.round(firstPassMs),
        peakRssMb: Math.round(peakRss / 2 ** 20),
        steps: rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Résultats : ${path.relative(process.cwd(), file)}`);
  await closeDb();
  return firstPassMs <= BUDGET_MS ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("Échec du banc d'essai des rappels :", error);
    process.exitCode = 1;
  },
);
