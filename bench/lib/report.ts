import type { FirstLoad } from "./build";
import type { RunResult } from "./load";

/**
 * The budgets of issue 10, checked against one run's figures, and the
 * printed table (Markdown, so that it can be pasted into the README as is).
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
  budgets: Budget[];
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function runAt(target: TargetResult, connections: number): RunResult | undefined {
  return target.runs.find((r) => r.connections === connections);
}

export function checkBudgets(input: Omit<BenchReport, "budgets">): Budget[] {
  const onPostgres = input.database === "postgresql";
  const byKey = (key: string) => input.targets.find((t) => t.key === key)!;
  const baseline10 = runAt(byKey("baseline"), 10);
  const sessions10 = runAt(byKey("sessions"), 10);
  const budgets: Budget[] = [];
  if (baseline10 && sessions10) {
    const share = sessions10.requestsPerSecond / baseline10.requestsPerSecond;
    budgets.push(
      {
        name: "Mes sessions, 10 connexions : débit / référence (PostgreSQL)",
        limit: "≥ 40 %",
        actual: `${(share * 100).toFixed(0)} %`,
        holds: onPostgres ? share >= 0.4 : null,
      },
      {
        name: "Mes sessions, 10 connexions : p99 (PostgreSQL, 2 cœurs)",
        limit: "< 250 ms",
        actual: `${sessions10.p99Ms} ms`,
        holds: onPostgres ? sessions10.p99Ms < 250 : null,
      },
    );
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
  const convocation = runAt(byKey("convocation"), 1);
  const oneLine = runAt(byKey("one-line-pdf"), 1);
  if (convocation && oneLine) {
    const ratio = convocation.p50Ms / Math.max(oneLine.p50Ms, 0.5);
    budgets.push({
      name: "Convocation PDF / PDF d'une ligne (p50, 1 connexion)",
      limit: "≤ 3×",
      actual: `${ratio.toFixed(1)}× (${convocation.p50Ms} / ${oneLine.p50Ms} ms)`,
      holds: ratio <= 3,
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
        `| ${b.name} | ${b.limit} | ${b.actual} | ${b.holds === null ? "n/a (autre base)" : b.holds ? "oui" : "NON"} |`,
    ),
  );
  return lines.join("\n");
}
