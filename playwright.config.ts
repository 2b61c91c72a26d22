import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build on its own embedded database
 * (.data/e2e), seeded with the demo. Debian's Chromium is used where it exists
 * (Playwright cannot download its browsers on air-gapped machines); elsewhere
 * Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p),
);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

// One data folder per port, so that two runs side by side do not share a database.
const DATA_DIR = `.data/e2e-${PORT}`;
// The server's outbox, read by the specs (e2e/support/outbox.ts): per port, emptied with the data.
process.env.OUTBOX_DIR = `${DATA_DIR}/outbox`;

const serverEnv = {
  PGLITE_DIR: `${DATA_DIR}/pglite`,
  STORAGE_DIR: `${DATA_DIR}/storage`,
  OUTBOX_DIR: `${DATA_DIR}/outbox`,
  NEXTAUTH_SECRET: "e2e-secret-only-for-tests-0123456789",
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  PARCOURS_DEMO: "1",
  // Reminders at any hour, so that a run at night sees the demo's reminders (lib/reminders).
  REMINDER_HOURS: "0-24",
  NEXT_DIST_DIR: `.next-e2e-${PORT}`,
  DATABASE_URL: "",
  // A production build on the embedded database, local files and outbox (lib/server/production-guards).
  PARCOURS_ALLOW_LOCAL_STATE: "1",
};

export default defineConfig({
  testDir: "e2e",
  // Per port, like the data: runs side by side never delete each other's traces.
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        ...(isRoot ? ["--no-sandbox"] : []),
      ],
    },
  },
  // All tests share one seeded database. Tests that answer Claire's questionnaires
  // change what the card tests read, so they run after them.
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /(questionnaires|guide-module|organization-guide)\.spec\.ts/,
    },
    {
      name: "chromium-after",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /(questionnaires|guide-module)\.spec\.ts/,
      dependencies: ["chromium"],
    },
    {
      // The guide's confirmation of Claire's SAFIR 2 changes what every spec above reads.
      name: "chromium-last",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /organization-guide\.spec\.ts/,
      dependencies: ["chromium-after"],
    },
  ],
  webServer: {
    command: [
      `rm -rf ${DATA_DIR}`,
      `echo '{ "extends": "./tsconfig.json" }' > .next-e2e-${PORT}.tsconfig.json`,
      "tsx prisma/scripts/migrate.ts",
      "tsx prisma/scripts/seed.ts",
      "next build",
      `next start -p ${PORT}`,
    ].join(" && "),
    url: `http://localhost:${PORT}/api/health`,
    // migrate + seed + build: a few minutes on a busy 2-core machine.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    env: serverEnv,
    stdout: "pipe",
  },
});
