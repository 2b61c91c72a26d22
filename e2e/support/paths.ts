import path from "node:path";

/*
 * Where one Playwright run keeps its build and data. Everything is per
 * E2E_PORT, so that two runs side by side (two worktrees, two helpers) never
 * share a build, a database or a trace.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The production build that every server of the run starts from (made once by global setup). */
export const DIST_DIR = `.next-e2e-${E2E_PORT}`;

/** The run's data: the seeded template and one folder per server started from it. */
export const DATA_DIR = path.resolve(`.data/e2e-${E2E_PORT}`);

/** The demo, migrated and seeded once by global setup (pglite/ and storage/ below it). */
export const TEMPLATE_DIR = path.join(DATA_DIR, "template");

/** The servers' own folders (a copy of the template each, and their outbox). */
export const SERVERS_DIR = path.join(DATA_DIR, "servers");

export const E2E_SECRET = "e2e-secret-only-for-tests-0123456789";
