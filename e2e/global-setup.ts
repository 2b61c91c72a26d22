import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR, DIST_DIR, E2E_SECRET, TEMPLATE_DIR } from "./support/paths";

/*
 * Once per run, before any worker: the production build and the demo database
 * that every server of the run copies (e2e/support/test.ts). Both at once: the
 * seed mostly waits on PGlite while the build compiles.
 *
 * The build is skipped when nothing it is made of changed since the last one
 * (a hash of every tracked or new file outside the tests, stored beside it);
 * E2E_REBUILD=1 forces it. The template is always seeded anew: the demo's dates
 * follow today's.
 */

const BUILD_STAMP = `${DIST_DIR}/e2e-sources.sha256`;

/** Files that the build does not read: the tests and the documentation. */
const NOT_BUILT = /^(e2e|tests|docs|bench)\/|\.md$/;

function sourcesHash(): string {
  let listed: string;
  try {
    listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    // Not a git checkout (an unpacked archive): no way to tell what changed, so build.
    return crypto.randomUUID();
  }
  const files = listed
    .split("\0")
    .filter((file) => file && !NOT_BUILT.test(file))
    .sort();
  // The local environment files are ignored by git but read by the build.
  for (const env of [".env", ".env.local", ".env.production", ".env.production.local"]) {
    if (fs.existsSync(env)) files.push(env);
  }
  const hash = crypto.createHash("sha256");
  hash.update(JSON.stringify(BUILD_ENV));
  for (const file of files) {
    hash.update(file);
    hash.update("\0");
    // A deleted file still listed by git (not yet committed) counts as empty.
    if (fs.existsSync(file) && fs.statSync(file).isFile()) hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) return resolve(seconds);
      reject(new Error(`${label} a échoué (code ${code}) :\n${output}`));
    });
  });
}

/** What the build reads besides the files (part of its hash). */
const BUILD_ENV = {
  NODE_ENV: "production" as const,
  NEXT_DIST_DIR: DIST_DIR,
  // `npm run lint` checks the types: the build does not do it again.
  PARCOURS_E2E_BUILD: "1",
  // The servers' environment, so that e2e/client-bundle-secrets.spec.ts can prove
  // that the secret does not reach the client files.
  NEXTAUTH_SECRET: E2E_SECRET,
  PARCOURS_DEMO: "1",
  PARCOURS_ALLOW_LOCAL_STATE: "1",
  // No page reads the database while building; if one ever does, it finds none.
  DATABASE_URL: "",
  PGLITE_DIR: "memory://",
};

async function build(): Promise<string> {
  const hash = sourcesHash();
  const stamped = fs.existsSync(BUILD_STAMP) ? fs.readFileSync(BUILD_STAMP, "utf8") : "";
  if (
    process.env.E2E_REBUILD !== "1" &&
    stamped === hash &&
    fs.existsSync(`${DIST_DIR}/BUILD_ID`)
  ) {
    return "build inchangé, réutilisé";
  }
  fs.rmSync(BUILD_STAMP, { force: true });
  // Next writes its dist folder's type paths into the tsconfig it uses (next.config.mjs).
  fs.writeFileSync(`${DIST_DIR}.tsconfig.json`, '{ "extends": "./tsconfig.json" }\n');
  const seconds = await run("next build", ["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    ...BUILD_ENV,
  });
  fs.writeFileSync(BUILD_STAMP, hash);
  return `build ${seconds.toFixed(0)} s`;
}

async function seedTemplate(): Promise<string> {
  const env = {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: path.join(TEMPLATE_DIR, "pglite"),
    STORAGE_DIR: path.join(TEMPLATE_DIR, "storage"),
    PARCOURS_DEMO: "1",
  };
  const tsx = "node_modules/tsx/dist/cli.mjs";
  const migrate = await run("migrate", [tsx, "prisma/scripts/migrate.ts"], env);
  const seed = await run("seed", [tsx, "prisma/scripts/seed.ts"], env);
  return `modèle : migrations ${migrate.toFixed(0)} s, démo ${seed.toFixed(0)} s`;
}

export default async function globalSetup() {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const started = Date.now();
  const done = await Promise.all([build(), seedTemplate()]);
  console.log(`[e2e] ${done.join(", ")} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
