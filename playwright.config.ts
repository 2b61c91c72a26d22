import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/support/paths";

/**
 * End-to-end tests against the production build, each spec file on its own
 * copy of the seeded demo (e2e/support/test.ts): global setup builds the app
 * and seeds the template once, every worker starts a server on a copy of it.
 * Debian's Chromium is used where it exists (Playwright cannot download its
 * browsers on air-gapped machines); elsewhere Playwright's own browser.
 */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p),
);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "e2e",
  // Per port, like the data: runs side by side never delete each other's traces.
  outputDir: `test-results/e2e-${E2E_PORT}`,
  globalSetup: "./e2e/global-setup.ts",
  // A file's tests run in order on one worker and one database copy; a file that
  // only reads may spread over the workers (test.describe.configure({ mode: "parallel" })).
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
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
  // The order of the files does not matter: none sees another's writes.
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
