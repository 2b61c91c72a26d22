/**
 * npm run demo — the newcomer's one command after `npm install`: migrates and
 * seeds the embedded database (recreating a broken .data/), builds, and serves
 * the production build on http://localhost:$PORT (3000 by default).
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`Échec : ${path.basename(command)} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

/** A production server needs a session secret; the demo keeps one under .data/. */
function demoSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "demo-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const port = process.env.PORT ?? "3000";
const seedEnv = { ...process.env, PARCOURS_DEMO: "1" };

run(bin("tsx"), ["prisma/scripts/migrate.ts", "--recreate-broken"]);
run(bin("tsx"), ["prisma/scripts/seed.ts"], seedEnv);
run(bin("next"), ["build"]);

const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: port,
  NEXTAUTH_SECRET: demoSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // The demo keeps its database, files and outbox under .data/ (lib/server/production-guards).
  PARCOURS_ALLOW_LOCAL_STATE: "1",
};
console.log(`\nParcours : http://localhost:${port} (participant@demo.test / parcours-demo)\n`);
const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
