import fs from "node:fs";

/**
 * The suite's figures: each scenario adds its lines to a JSON file named by
 * RESILIENCE_REPORT (set by the global setup); the teardown prints them as a
 * table and writes docs/reliability.md, which the README's reliability section
 * shows.
 */
export type ReportLine = {
  scenario: string;
  requests: number;
  /** Answers other than 2xx/3xx by status ("503", "500", "réseau" for a dropped connection). */
  errors: Record<string, number>;
  rowsExpected: number | null;
  rowsFound: number | null;
  mailsExpected: number | null;
  mailsSent: number | null;
  note?: string;
};

export function recordLine(line: ReportLine): void {
  const file = process.env.RESILIENCE_REPORT;
  if (!file) return;
  const lines = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as ReportLine[])
    : [];
  lines.push(line);
  fs.writeFileSync(file, JSON.stringify(lines, null, 2));
}

/** Counts answers by status: 2xx and 3xx are not errors. */
export class StatusTally {
  requests = 0;
  readonly errors: Record<string, number> = {};
  add(status: number | "réseau") {
    this.requests++;
    if (typeof status === "number" && status < 400) return;
    const key = String(status);
    this.errors[key] = (this.errors[key] ?? 0) + 1;
  }
}

const fmt = (n: number | null) => (n === null ? "–" : String(n));

export function markdownTable(lines: ReportLine[]): string {
  const rows = [
    "| Scenario | Requests | Errors by status | Rows expected / found | Mails expected / sent | Notes |",
    "| --- | ---: | --- | ---: | ---: | --- |",
    ...lines.map((l) => {
      const errors = Object.entries(l.errors)
        .map(([status, n]) => `${status}: ${n}`)
        .join(", ");
      return `| ${l.scenario} | ${l.requests} | ${errors || "none"} | ${fmt(l.rowsExpected)} / ${fmt(l.rowsFound)} | ${fmt(l.mailsExpected)} / ${fmt(l.mailsSent)} | ${l.note ?? ""} |`;
    }),
  ];
  return rows.join("\n");
}
