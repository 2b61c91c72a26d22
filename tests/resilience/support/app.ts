import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";

/*
 * The app as production runs it: Next's standalone server (`node server.js`,
 * what the container image holds), built once into .next-deploy (the deploy
 * test's folder, so CI builds once for both) and assembled by
 * deploy/assemble-standalone.sh into a folder outside the checkout.
 */
export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST = ".next-deploy";
export const SECRET = "resilience-test-secret-0123456789abcdef";

/** Inputs of the build: a build older than any of them is made again. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds the standalone server unless an up-to-date one is there (the deploy test's, in CI). */
export function ensureBuild(): { reused: boolean } {
  const buildId = path.join(ROOT, DIST, "BUILD_ID");
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (built > sources && fs.existsSync(path.join(ROOT, DIST, "standalone", "server.js"))) {
    return { reused: true };
  }
  fs.writeFileSync(path.join(ROOT, `${DIST}.tsconfig.json`), '{ "extends": "./tsconfig.json" }\n');
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    NODE_ENV: "production",
    PARCOURS_STANDALONE: "1",
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  return { reused: false };
}

export function assemble(out: string): void {
  run("sh", ["deploy/assemble-standalone.sh", DIST, out], process.env);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} : code ${result.status}\n${(result.stdout + result.stderr).slice(-4000)}`,
    );
  }
}

/** The id of a server action of the build (its manifest names each by file and export). */
export function actionId(appDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(appDir, DIST, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`Action ${exportedName} absente du manifeste`);
  return found[0];
}

export type Instance = {
  name: string;
  port: number;
  origin: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
};

export type InstanceOptions = {
  appDir: string;
  name: string;
  port: number;
  databaseUrl: string;
  smtpPort: number;
  storageDir: string;
  env?: Record<string, string>;
};

/** Starts one instance as production does (NODE_ENV=production, PostgreSQL, SMTP). */
export function startInstance(options: InstanceOptions): Instance {
  let output = "";
  const origin = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, ["server.js"], {
    cwd: options.appDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: origin,
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}`,
      MAIL_FROM: "Parcours <no-reply@parcours.test>",
      // Files on this machine's disk; the database and mail are the real servers.
      PARCOURS_ALLOW_LOCAL_STATE: "1",
      STORAGE_DIR: options.storageDir,
      RATE_LIMIT_STORE: "database",
      RETENTION_JOB: "off",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { name: options.name, port: options.port, origin, child, output: () => output, exited };
}

export async function waitHealthy(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) break;
    try {
      if ((await fetch(`${instance.origin}/api/health`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${instance.name} n'a pas démarré :\n${instance.output().slice(-4000)}`);
}

export async function stopInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM") {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill(signal);
  await instance.exited;
}

/** A session cookie for a user, as next-auth signs it (the suite knows the secret). */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId, sv: 0 }, secret: SECRET, maxAge: 8 * 3600 });
  return `next-auth.session-token=${token}`;
}

export type ActionAnswer = { status: number; result: unknown };

/**
 * Calls a server action over HTTP as the browser does (Next's protocol: a POST
 * to the page with the action's id), and reads its result from the answer.
 */
export async function callAction(
  origin: string,
  page: string,
  id: string,
  args: unknown[],
  cookie: string,
  timeoutMs = 60_000,
): Promise<ActionAnswer> {
  const response = await fetch(`${origin}${page}`, {
    method: "POST",
    headers: {
      cookie,
      origin,
      accept: "text/x-component",
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(timeoutMs),
    redirect: "manual",
  });
  const text = await response.text();
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  let result: unknown = null;
  if (line) {
    try {
      result = JSON.parse(line.slice(2));
    } catch {
      result = null;
    }
  }
  return { status: response.status, result };
}
