/**
 * npm run bench — builds the app into .next-bench, starts the production
 * server on the benchmark data set (generated first if missing), drives it
 * with autocannon at 1 and 10 connections, and checks the budgets of issues
 * 10 and 21; then the soak on the same server, and the scale table (the same
 * pages on data sets of 1k, 10k and the main 100k registrations, each on its
 * own database and a server started for it).
 * DATABASE_URL selects a PostgreSQL server; otherwise the embedded database in
 * .data/bench/pglite. Results go to bench/results/<database>-<date>.json.
 *   --duration=<s>       seconds per load run (default 10)
 *   --no-build           reuse .next-bench as it is
 *   --seed=<n>           seed of the data set when it has to be generated (default 42)
 *   --port=<n>           the server's port (default 3206)
 *   --heap=<MB>          the server's V8 old-space limit (default 256, as on a host
 *                        with a 512 MB cap; 0 leaves Node's default)
 *   --soak=<minutes>     length of the soak (default 10; 0 skips it)
 *   --scale=<n,n>        smaller data sets of the scale table, in registrations
 *                        (default 1000,10000; "none" skips it)
 *   --profile=<key>      after the runs, a V8 CPU profile of one page at 10
 *                        connections (sessions, details, trainer-session…),
 *                        summed by who owns the code
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/db/target";
import {
  BENCH_PASSWORD,
  BENCH_PGLITE_DIR,
  DEFAULT_SEED,
  SCALE,
  SCALE_SIZES,
} from "./data/accounts";
import { loadBenchData } from "./data/load";
import { mintSessionCookie, signIn } from "./lib/auth";
import { BENCH_DIST_DIR, buildApp, firstLoadJs, publicRoute } from "./lib/build";
import { queriesPerRequest, runLoad, warmUp, type LoadTarget, type RunResult } from "./lib/load";
import { describeMachine } from "./lib/machine";
import { summarizeProfiles, type ProfileShare } from "./lib/profile";
import { benchPages } from "./lib/pages";
import { measureSizes, scaleRows, type PageCost } from "./lib/scale";
import { soak, type SoakResult } from "./lib/soak";
import { checkBudgets, formatReport, type BenchReport, type TargetResult } from "./lib/report";
import { startServer } from "./lib/server";
import { prepareTargets } from "./lib/targets";

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const log = (line: string) => console.log(line);

/** The id under which the production build serves one server action. */
function actionIdOf(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(BENCH_DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && v.filename === filename,
  );
  if (!entry) throw new Error(`Action ${exportedName} absente du manifeste du build.`);
  return entry[0];
}

async function main() {
  const started = Date.now();
  const duration = Number(arg("duration") ?? 10);
  const port = Number(arg("port") ?? 3206);
  process.env.PGLITE_DIR ||= BENCH_PGLITE_DIR;
  const target = resolveDatabaseTarget();
  const database = target.kind === "postgres" ? "postgresql" : "pglite";
  const machineBefore = await describeMachine(target);
  log(`Banc d'essai Parcours sur ${machineBefore.summary}`);

  const data = await loadBenchData(target, {
    seed: Number(arg("seed") ?? DEFAULT_SEED),
    now: new Date(),
    reset: false,
    log,
  });
  log(
    data.created
      ? `Jeu de données généré en ${data.seconds.toFixed(0)} s.`
      : `Jeu de données présent (${data.seedNote ?? "graine inconnue"}).`,
  );
  const targets = await prepareTargets(target);
  log(
    `${targets.submissions.length} questionnaires de satisfaction à envoyer (${targets.forgotten} envois du banc précédent effacés).`,
  );
  if (targets.submissions.length < 100)
    throw new Error("Trop peu de questionnaires à envoyer : npm run bench:data -- --reset");

  if (!process.argv.includes("--no-build") || !fs.existsSync(BENCH_DIST_DIR)) {
    log("Build de production (.next-bench)…");
    log(`Build terminé en ${(await buildApp(log)).toFixed(0)} s.`);
  }
  const builtPages = firstLoadJs();
  const smallest = builtPages.find((p) => p.route === "/_not-found/page")!;
  const participantPages = builtPages
    .filter((p) => p.route.startsWith("/(participant)/"))
    .map((p) => ({ route: publicRoute(p.route), bytes: p.bytes, ratio: p.bytes / smallest.bytes }));

  const secret = crypto.randomBytes(32).toString("base64");
  const heap = Number(arg("heap") ?? 256);
  const serverEnv = {
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    PARCOURS_BENCH: "1",
    STORAGE_DIR: ".data/bench/storage",
  };
  const server = await startServer({
    port,
    heapMegabytes: heap > 0 ? heap : null,
    env: {
      ...serverEnv,
      ...(target.kind === "pglite" ? { PGLITE_DIR: target.dataDir, DATABASE_URL: "" } : {}),
    },
  });
  const results: TargetResult[] = [];
  let convocationFirstPrints: { sequential: RunResult; burst: RunResult } | null = null;
  let soakResult: SoakResult | null = null;
  const soakMinutes = Number(arg("soak") ?? 10);
  const scaleArg = arg("scale") ?? SCALE_SIZES.filter((n) => n < SCALE.registrations).join(",");
  const smallerSizes = scaleArg === "none" ? [] : scaleArg.split(",").map(Number);
  const costs: Map<string, PageCost>[] = [];
  let pages: Awaited<ReturnType<typeof benchPages>> = [];
  try {
    const base = server.baseUrl;
    const cookie = await signIn(base, targets.big.email, BENCH_PASSWORD);
    const submitterCookies = await Promise.all(
      targets.submissions.map((s) => mintSessionCookie(secret, s.userId)),
    );
    const actionId = actionIdOf("lib/responses/actions.ts", "submitQuestionnaire");
    const trainerCookie = await signIn(base, targets.trainer.email, BENCH_PASSWORD);
    pages = await benchPages(targets, secret, cookie);
    const pageByKey = (key: string) => pages.find((p) => p.key === key)!;
    const attendanceActionId = actionIdOf(
      "lib/trainers/actions.ts",
      "recordTrainerAttendanceAction",
    );
    const trainerPage = `/formateur/sessions/${targets.trainer.sessionId}`;
    // Each submission turns every mark over (present, then absent…), so each one writes its rows.
    let sheets = 0;
    const nextSheet = () => ({
      path: trainerPage,
      headers: {
        Cookie: trainerCookie,
        "Next-Action": attendanceActionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: base,
      },
      body: JSON.stringify([
        {
          sessionId: targets.trainer.sessionId,
          slotId: targets.trainer.slotId,
          marks: targets.trainer.registrationIds.map((registrationId) => ({
            registrationId,
            status: sheets % 2 ? "ABSENT" : "PRESENT",
          })),
        },
      ]),
    });
    const sheetRequest = () => {
      const request = nextSheet();
      sheets++;
      return request;
    };
    let next = 0;
    const nextSubmission = () => {
      const i = next++ % targets.submissions.length;
      const s = targets.submissions[i]!;
      return {
        path: `/sessions/${s.registrationId}/questionnaires/satisfaction`,
        headers: {
          Cookie: submitterCookies[i]!,
          "Next-Action": actionId,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: base,
        },
        body: JSON.stringify([
          { registrationId: s.registrationId, kind: "satisfaction", answers: s.answers },
        ]),
      };
    };
    const details = `/sessions/${targets.detailsRegistrationId}`;
    const measuredPage = (key: string) => {
      const page = pageByKey(key);
      return { key, label: page.label, target: page.target, countQueries: true };
    };
    const plan: { key: string; label: string; target: LoadTarget; countQueries: boolean }[] = [
      {
        key: "baseline",
        label: "Référence : /confidentialite",
        target: { path: "/confidentialite" },
        countQueries: true,
      },
      measuredPage("floor"),
      measuredPage("sessions"),
      measuredPage("details"),
      {
        key: "convocation",
        label: "Convocation PDF",
        target: { path: `${details}/convocation`, headers: { Cookie: cookie } },
        countQueries: true,
      },
      {
        key: "one-line-pdf",
        label: "PDF d'une ligne (étalon)",
        target: { path: "/api/bench/one-line-pdf", headers: { Cookie: cookie } },
        countQueries: false,
      },
      measuredPage("trainer-list"),
      measuredPage("trainer-session"),
      measuredPage("controller-portfolio"),
      measuredPage("master-list"),
      {
        key: "attendance",
        label: "Envoi de l'émargement",
        target: {
          method: "POST",
          path: trainerPage,
          setupRequest: (request) => ({ ...request, ...sheetRequest() }),
          accepts: (body) => body.includes('"ok":true'),
        },
        countQueries: true,
      },
      {
        key: "submit",
        label: "Envoi d'un questionnaire",
        target: {
          method: "POST",
          path: "/sessions",
          setupRequest: (request) => ({ ...request, ...nextSubmission() }),
          accepts: (body) => body.includes('"ok":true'),
        },
        countQueries: true,
      },
    ];
    for (const item of plan) {
      await warmUp(base, item.target);
      const queries = !item.countQueries
        ? null
        : await queriesPerRequest(base, cookie, () => {
            if (item.key === "attendance") {
              const sheet = sheetRequest();
              return fetch(`${base}${sheet.path}`, {
                method: "POST",
                headers: sheet.headers,
                body: sheet.body,
              });
            }
            if (item.key !== "submit")
              return fetch(`${base}${item.target.path}`, { headers: item.target.headers });
            const s = nextSubmission();
            return fetch(`${base}${s.path}`, { method: "POST", headers: s.headers, body: s.body });
          });
      const runs = [];
      for (const connections of [1, 10]) {
        const run = await runLoad(base, item.target, connections, duration);
        log(
          `${item.label.padEnd(30)} ${String(connections).padStart(2)} conn. ${run.requestsPerSecond.toFixed(1).padStart(7)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms` +
            (run.failures ? `  ${run.failures} échecs` : "") +
            (run.accepted !== undefined ? `  ${run.accepted}/${run.requests} acceptées` : ""),
        );
        runs.push(run);
      }
      log(
        `  mémoire maximale du serveur jusqu'ici : ${(server.peakBytes() / 2 ** 20).toFixed(0)} MB`,
      );
      results.push({
        key: item.key,
        label: item.label,
        path: item.target.path,
        queriesPerRequest: queries,
        runs,
      });
      if (item.key === "one-line-pdf") {
        convocationFirstPrints = await firstPrints(base, secret, targets, cookie);
        log(
          `Premières impressions de convocations : une à une p50 ${convocationFirstPrints.sequential.p50Ms} ms, ` +
            `${convocationFirstPrints.burst.requests} à la fois p99 ${convocationFirstPrints.burst.p99Ms} ms`,
        );
      }
    }
    if (soakMinutes > 0) {
      log(`Endurance : ${soakMinutes} min à 10 connexions sur ${pages.length} pages…`);
      soakResult = await soak(server, pages, soakMinutes);
      log(
        `  ${soakResult.requests} requêtes, ${soakResult.failures} échec(s), mémoire ${(soakResult.memoryAfterFirstMinuteBytes / 2 ** 20).toFixed(0)} → ${(soakResult.memoryAtEndBytes / 2 ** 20).toFixed(0)} MB`,
      );
    }
    if (next > targets.submissions.length)
      log(`Attention : ${next} envois pour ${targets.submissions.length} questionnaires.`);
  } finally {
    await server.stop();
  }
  const profileKey = arg("profile");
  let profile: { key: string; label: string; shares: ProfileShare[] } | null = null;
  if (profileKey) {
    const page = pages.find((p) => p.key === profileKey);
    if (!page) throw new Error(`--profile : page inconnue (${pages.map((p) => p.key).join(", ")})`);
    const dir = path.resolve(".data/bench/profile");
    fs.rmSync(dir, { recursive: true, force: true });
    const profiled = await startServer({
      port,
      heapMegabytes: heap > 0 ? heap : null,
      nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
      env: {
        ...serverEnv,
        ...(target.kind === "pglite" ? { PGLITE_DIR: target.dataDir, DATABASE_URL: "" } : {}),
      },
    });
    try {
      await warmUp(profiled.baseUrl, page.target, 30);
      await runLoad(profiled.baseUrl, page.target, 10, duration);
    } finally {
      await profiled.stop();
    }
    profile = { key: page.key, label: page.label, shares: summarizeProfiles(dir) };
    log(`Profil de « ${page.label} » (10 connexions, ${duration} s) :`);
    for (const s of profile.shares)
      log(`  ${(s.share * 100).toFixed(1).padStart(5)} %  ${s.owner}`);
  }
  if (smallerSizes.length) {
    costs.push(
      ...(await measureSizes({
        main: target,
        mainRegistrations: SCALE.registrations,
        sizes: [...smallerSizes, SCALE.registrations],
        seed: Number(arg("seed") ?? DEFAULT_SEED),
        port,
        secret,
        env: serverEnv,
        heapMegabytes: heap > 0 ? heap : null,
        seconds: 5,
        log,
      })),
    );
  }

  const partial: Omit<BenchReport, "budgets"> = {
    machine: {
      ...machineBefore,
      serverHeapLimitMB: heap > 0 ? heap : null,
      loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
      benchSeconds: Math.round((Date.now() - started) / 1000),
      dataSet: SCALE,
    },
    database,
    targets: results,
    firstLoadJs: {
      smallest: { ...smallest, route: publicRoute(smallest.route) },
      participant: participantPages,
    },
    peakMemoryBytes: server.peakBytes(),
    convocationFirstPrints,
    scale: costs.length ? scaleRows(pages, costs) : [],
    soak: soakResult,
    profile,
  };
  const report: BenchReport = { ...partial, budgets: checkBudgets(partial) };
  log("");
  log(formatReport(report));
  fs.mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${database}-${new Date().toISOString().slice(0, 16).replace(":", "-")}.json`;
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  log("");
  log(`Résultats : ${file} (${report.machine.benchSeconds as number} s au total)`);
}

/**
 * Convocations no one has printed yet (the server caches what it printed):
 * twenty of the big participant's, one after the other, each of another
 * session; then those of the trainer's whole session at once on 10
 * connections, as when an organization confirms a session's participants.
 */
async function firstPrints(
  base: string,
  secret: string,
  targets: Awaited<ReturnType<typeof prepareTargets>>,
  bigCookie: string,
): Promise<{ sequential: RunResult; burst: RunResult }> {
  const singles = targets.convocationRegistrationIds.slice(0, 20);
  if (singles.length < 10)
    throw new Error("Trop peu d'inscriptions pour les premières convocations.");
  let next = 0;
  const sequential = await runLoad(
    base,
    {
      path: `/sessions/${singles[0]}/convocation`,
      headers: { Cookie: bigCookie },
      setupRequest: (request) => ({
        ...request,
        path: `/sessions/${singles[next++ % singles.length]}/convocation`,
      }),
    },
    1,
    { requests: singles.length },
  );
  const { registrationIds, participantUserIds } = targets.trainer;
  const cookies = await Promise.all(participantUserIds.map((id) => mintSessionCookie(secret, id)));
  let turn = 0;
  const burst = await runLoad(
    base,
    {
      path: `/sessions/${registrationIds[0]}/convocation`,
      setupRequest: (request) => {
        const i = turn++ % registrationIds.length;
        return {
          ...request,
          path: `/sessions/${registrationIds[i]}/convocation`,
          headers: { ...request.headers, Cookie: cookies[i]! },
        };
      },
    },
    10,
    { requests: registrationIds.length },
  );
  return { sequential, burst };
}

main().catch((error: unknown) => {
  console.error("Échec du banc d'essai :", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
