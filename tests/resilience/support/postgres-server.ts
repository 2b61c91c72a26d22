import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL server of the suite's own (Debian's initdb and
 * pg_ctl, run as the postgres user when we are root, as .ci/run does), that a
 * test may stop and start without touching the server other tests use.
 */
export type PostgresServer = {
  port: number;
  url: (database?: string) => string;
  /** pg_ctl stop -m fast / start, without blocking this process (its requests go on). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => void;
};

export function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error("initdb introuvable sous /usr/lib/postgresql/*/bin");
  return path.join(root, versions[0], "bin");
}

const isRoot = () => process.getuid?.() === 0;

function runAsPostgres(command: string, args: string[]): void {
  const result = isRoot()
    ? spawnSync(
        "su",
        ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(quote).join(" ")],
        {
          encoding: "utf8",
        },
      )
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} : code ${result.status}\n${result.stdout}${result.stderr}`,
    );
  }
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function runAsPostgresAsync(command: string, args: string[]): Promise<void> {
  const [file, argv]: [string, string[]] = isRoot()
    ? ["su", ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(quote).join(" ")]]
    : [command, args];
  return new Promise((resolve, reject) =>
    execFile(file, argv, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${path.basename(command)} : ${error.message}\n${stdout}${stderr}`))
        : resolve(),
    ),
  );
}

export function startPostgresServer(port: number): PostgresServer {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-resilience-pg-"));
  const user = isRoot() ? "postgres" : os.userInfo().username;
  if (isRoot()) execFileSync("chown", ["postgres", dir]);
  runAsPostgres(path.join(bin, "initdb"), [
    "-D",
    dir,
    "-U",
    user,
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  const pgCtl = (...args: string[]) =>
    runAsPostgres(path.join(bin, "pg_ctl"), ["-D", dir, ...args]);
  const startArgs = [
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 -c fsync=off`,
    "start",
  ];
  pgCtl(...startArgs);
  const pgCtlAsync = (...args: string[]) =>
    runAsPostgresAsync(path.join(bin, "pg_ctl"), ["-D", dir, ...args]);
  return {
    port,
    url: (database = "postgres") => `postgresql://${user}@127.0.0.1:${port}/${database}`,
    // "fast": open connections are cut, as a crash or a failover does to the app.
    stop: () => pgCtlAsync("-m", "fast", "-w", "stop"),
    start: () => pgCtlAsync(...startArgs),
    destroy: () => {
      try {
        pgCtl("-m", "immediate", "-w", "stop");
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
