import type { FirstLoad } from "./build";
import type { RunResult } from "./load";
import { comparedCosts, growth, SCALE_LIMIT, type ScaleRow } from "./scale";
import type { ProfileShare } from "./profile";
import { SOAK_MEMORY_LIMIT, type SoakResult } from "./soak";

/**
 * The budgets of issues 10 and 21, checked against one run's figures, and the
 * printed tables (Markdown, so that they can be pasted into the README as is).
 * Throughput budgets are ratios to the static baseline of the same run, so
 * they are judged on either database.
 */
export type TargetResult = {
  key: string;
  label: string;
  path: string;
  queriesPerRequest: number | null;
  runs: RunResult[];
};

export type Budget = {
  name: string;
  limit: string;
  actual: string;
  /** null: the budget is stated for the other database; shown, not judged. */
  holds: boolean | null;
};

export type BenchReport = {
  machine: Record<string, unknown>;
  database: "postgresql" | "pglite";
  targets: TargetResult[];
  firstLoadJs: { smallest: FirstLoad; participant: (FirstLoad & { ratio: number })[] };
  peakMemoryBytes: number;
  /** First prints of distinct convocations: one after the other, then 40 at once on 10 connections. */
  convocationFirstPrints: { sequential: RunResult; burst: RunResult } | null;
  scale: ScaleRow[];
  soak: SoakResult | null;
  /** Where the server's CPU went on one page (--profile). */
  profile: { key: string; label: string; shares: ProfileShare[] } | null;
  budgets: Budget[];
};

/** Pages read like a list (Mes sessions and the new spaces' lists): issue 21's list budget. */
const LIST_PAGES = ["sessions", "trainer-list", "controller-portfolio", "master-list"];
/** Pages of one item, and the two submissions: at least half the baseline's throughput. */
const HALF_BASELINE = ["details", "trainer-session", "submit", "attendance"];
const LIST_SHARE = 0.4;
const LIST_P99_MS = 250;
const BURST_P99_MS = 1000;

const percent = (share: number) => `${(share * 100).toFixed(0)} %`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function runAt(target: TargetResult, connections: number): RunResult | undefined {
  return target.runs.find((r) => r.connections === connections);
}

export function checkBudgets(input: Omit<BenchReport, "budgets">): Budget[] {
  const onPostgres = input.database === "postgresql";
  const byKey = (key: string) => input.targets.find((t) => t.key === key);
  const baseline10 = runAt(byKey("baseline")!, 10);
  const budgets: Budget[] = [];
  for (const key of [...LIST_PAGES, ...HALF_BASELINE]) {
    const target = byKey(key);
    const run = target && runAt(target, 10);
    if (!target || !run || !baseline10) continue;
    const share = run.requestsPerSecond / baseline10.requestsPerSecond;
    const list = LIST_PAGES.includes(key);
    const floor = list ? LIST_SHARE : 0.5;
    budgets.push({
      name: `${target.label}, 10 connexions : débit / référence`,
      limit: `≥ ${percent(floor)}`,
      actual: percent(share),
      holds: share >= floor && run.failures === 0,
    });
    if (list) {
      budgets.push({
        name: `${target.label}, 10 connexions : p99`,
        limit: `< ${LIST_P99_MS} ms`,
        actual: `${run.p99Ms} ms`,
        holds: run.p99Ms < LIST_P99_MS,
      });
    }
  }
  for (const key of ["sessions", "details", "trainer-session"]) {
    const t = input.targets.find((x) => x.key === key);
    if (!t) continue;
    budgets.push({
      name: `Requêtes SQL par page : ${t.label}`,
      limit: "≤ 5",
      actual: String(t.queriesPerRequest),
      holds: t.queriesPerRequest !== null && t.queriesPerRequest <= 5,
    });
  }
  const worst = [...input.firstLoadJs.participant].sort((a, b) => b.ratio - a.ratio)[0];
  if (worst) {
    budgets.push({
      name: `First Load JS des pages participant (pire : ${worst.route})`,
      limit: `≤ 1,3 × ${kb(input.firstLoadJs.smallest.bytes)}`,
      actual: `${kb(worst.bytes)} (${worst.ratio.toFixed(2)}×)`,
      holds: worst.ratio <= 1.3,
    });
  }
  const convocation = runAt(byKey("convocation")!, 1);
  const oneLine = runAt(byKey("one-line-pdf")!, 1);
  if (convocation && oneLine) {
    const ratio = convocation.p50Ms / Math.max(oneLine.p50Ms, 0.5);
    budgets.push({
      name: "Convocation PDF déjà imprimée / PDF d'une ligne (p50, 1 connexion)",
      limit: "≤ 3×",
      actual: `${ratio.toFixed(1)}× (${convocation.p50Ms} / ${oneLine.p50Ms} ms)`,
      holds: ratio <= 3,
    });
  }
  const first = input.convocationFirstPrints;
  if (first && oneLine) {
    const ratio = first.sequential.p50Ms / Math.max(oneLine.p50Ms, 0.5);
    budgets.push(
      {
        name: "Convocation PDF imprimée pour la première fois / PDF d'une ligne (p50, 1 connexion)",
        limit: "≤ 5×",
        actual: `${ratio.toFixed(1)}× (${first.sequential.p50Ms} / ${oneLine.p50Ms} ms)`,
        holds: ratio <= 5 && first.sequential.failures === 0,
      },
      {
        name: `Les ${first.burst.requests} convocations d'une session à la fois (10 connexions) : p99`,
        limit: `< ${BURST_P99_MS} ms`,
        actual: `${first.burst.p99Ms} ms`,
        holds: first.burst.p99Ms < BURST_P99_MS && first.burst.failures === 0,
      },
    );
  }
  for (const row of input.scale) {
    const compared = comparedCosts(row);
    if (!compared) continue;
    const ratio = growth(row);
    const [small, large] = compared;
    budgets.push({
      name: `${row.label} : ${large.registrations} / ${small.registrations} inscriptions (temps par requête)`,
      limit: `≤ ${SCALE_LIMIT}×`,
      actual: `${ratio.toFixed(2)}× (${large.msPerRequest} / ${small.msPerRequest} ms)`,
      holds: ratio <= SCALE_LIMIT,
    });
  }
  if (input.soak) {
    const s = input.soak;
    budgets.push({
      name: `Endurance ${s.minutes} min à ${s.connections} connexions : mémoire en fin / après 1 min, échecs`,
      limit: `≤ +${percent(SOAK_MEMORY_LIMIT)}, 0 échec`,
      actual: `${s.growth >= 0 ? "+" : ""}${percent(s.growth)} (${mb(s.memoryAtEndBytes)} / ${mb(s.memoryAfterFirstMinuteBytes)}), ${s.failures} échec(s)`,
      holds: s.growth <= SOAK_MEMORY_LIMIT && s.failures === 0,
    });
  }
  const memoryLimit = onPostgres ? 512 : 768;
  budgets.push({
    name: `Mémoire maximale du serveur (${onPostgres ? "PostgreSQL" : "base embarquée"})`,
    limit: `< ${memoryLimit} MB`,
    actual: mb(input.peakMemoryBytes),
    holds: input.peakMemoryBytes < memoryLimit * 1024 * 1024,
  });
  return budgets;
}

export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  const baseline = report.targets.find((t) => t.key === "baseline")!;
  lines.push(
    "| Cible | Conn. | req/s | p50 | p99 | / référence | SQL/req | Échecs |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const t of report.targets) {
    for (const run of t.runs) {
      const base = runAt(baseline, run.connections);
      const ratio = base ? run.requestsPerSecond / base.requestsPerSecond : NaN;
      const failures =
        run.accepted !== undefined
          ? `${run.failures} (${run.accepted}/${run.requests} acceptées)`
          : String(run.failures);
      lines.push(
        `| ${t.label} | ${run.connections} | ${run.requestsPerSecond.toFixed(1)} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${(ratio * 100).toFixed(0)} % | ${t.queriesPerRequest ?? "–"} | ${failures} |`,
      );
    }
  }
  lines.push(
    "",
    `Mémoire maximale du serveur pendant tout le banc : ${mb(report.peakMemoryBytes)}`,
    "",
    `| Page participant | First Load JS (gzip) | / ${report.firstLoadJs.smallest.route} (${kb(report.firstLoadJs.smallest.bytes)}) |`,
    "| --- | ---: | ---: |",
    ...report.firstLoadJs.participant.map(
      (p) => `| ${p.route} | ${kb(p.bytes)} | ${p.ratio.toFixed(2)}× |`,
    ),
    "",
    "| Budget | Limite | Mesure | Tenu |",
    "| --- | --- | --- | --- |",
    ...report.budgets.map(
      (b) =>
        `| ${b.name} | ${b.limit} | ${b.actual} | ${b.holds === null ? "n/a (autre base)" : b.holds ? "tenu" : "**non tenu**"} |`,
    ),
  );
  if (report.convocationFirstPrints) {
    const { sequential, burst } = report.convocationFirstPrints;
    lines.push(
      "",
      `Convocations imprimées pour la première fois : ${sequential.requests} de sessions différentes l'une après l'autre, p50 ${sequential.p50Ms} ms, p99 ${sequential.p99Ms} ms ; ` +
        `les ${burst.requests} d'une même session à la fois sur 10 connexions, p50 ${burst.p50Ms} ms, p99 ${burst.p99Ms} ms.`,
    );
  }
  if (report.scale.length) {
    const sizes = [
      ...new Set(report.scale.flatMap((r) => r.costs.map((c) => c.registrations))),
    ].sort((a, b) => a - b);
    lines.push(
      "",
      `| Page (temps moyen par requête à 1 connexion · requêtes SQL) | ${sizes.map((n) => `${n.toLocaleString("fr-FR")} inscriptions`).join(" | ")} | Écart |`,
      `| --- | ${sizes.map(() => "---:").join(" | ")} | ---: |`,
      ...report.scale.map((row) => {
        const cells = sizes.map((n) => {
          const cost = row.costs.find((c) => c.registrations === n);
          return cost ? `${cost.msPerRequest} ms · ${cost.queries}` : "–";
        });
        const from = row.sameFrom ? ` (dès ${row.sameFrom.toLocaleString("fr-FR")})` : "";
        return `| ${row.label} | ${cells.join(" | ")} | ${growth(row).toFixed(2)}×${from} |`;
      }),
    );
  }
  if (report.soak) {
    const s = report.soak;
    lines.push(
      "",
      `Endurance : ${s.minutes} min à ${s.connections} connexions sur ${s.pages} pages en alternance, ${s.requests} requêtes (${s.requestsPerSecond.toFixed(1)} req/s, p99 ${s.p99Ms} ms), ${s.failures} échec(s) ; mémoire du serveur ${mb(s.memoryAfterFirstMinuteBytes)} après la 1re minute, ${mb(s.memoryAtEndBytes)} à la fin.`,
    );
  }
  if (report.profile) {
    lines.push(
      "",
      `| Profil CPU du serveur : ${report.profile.label}, 10 connexions | Part du temps CPU |`,
      "| --- | ---: |",
      ...report.profile.shares.map((s) => `| ${s.owner} | ${(s.share * 100).toFixed(1)} % |`),
    );
  }
  return lines.join("\n");
}
