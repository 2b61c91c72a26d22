import os from "node:os";
import { openSqlConnection } from "../../lib/db/sql-connection";
import type { DatabaseTarget } from "../../lib/db/target";

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(target: DatabaseTarget) {
  const conn = await openSqlConnection(target);
  let databaseVersion: string;
  try {
    const [row] = await conn.query<{ version: string }>("SELECT version() AS version");
    databaseVersion = row?.version.split(" on ")[0]?.split(",")[0] ?? "?";
  } finally {
    await conn.close();
  }
  const cpus = os.cpus();
  const database =
    target.kind === "postgres" ? `${databaseVersion} (serveur)` : `PGlite, ${databaseVersion}`;
  const machine = {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "?",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    database,
    loadAverageBefore: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
  return {
    ...machine,
    summary:
      `${machine.cpus} cœurs (${machine.cpuModel}), ${machine.memoryGiB} Gio, ${machine.os}, ` +
      `Node ${machine.node}, ${database}, charge ${machine.loadAverageBefore.join(" / ")}`,
  };
}
