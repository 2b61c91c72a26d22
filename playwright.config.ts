import fs from "node:fs";
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/support/paths";

/**
 * End-to-end tests against the production build, each spec file on its own
 * copy of the seeded demo (e2e/support/test.ts): global setup builds the app
 * and seeds the template once, every worker starts a server on a copy of it.
 */

/**
 * Debian's Chromium where it exists (Playwright cannot download its browsers on
 * air-gapped machines), Playwright's own browser elsewhere. Headless, Debian's
 * headless shell (package chromium-headless-shell) when it is installed: the
 * build Playwright itself runs headless, without the full browser's UI layers.
 * It ran the same 205 tests in 7.0 min where the full browser took 8.9 (two
 * cores, back to back; README "Reliability"). A headed run (--headed, --debug, --ui)
 * needs the full browser: the flag is read here, in the runner, and handed to
 * the workers, which load this file again without it.
 */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  fs.existsSync(p),
);
const systemHeadlessShell = ["/usr/bin/chromium-headless-shell"].find((p) => fs.existsSync(p));
if (process.argv.some((arg) => /^--(headed|debug|ui)\b/.test(arg))) process.env.E2E_HEADED = "1";
const headed = process.env.E2E_HEADED === "1" || Boolean(process.env.PWDEBUG);
const executablePath = (!headed && systemHeadlessShell) || systemChromium;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "e2e",
  // Per port, like the data: runs side by side never delete each other's traces.
  outputDir: `test-results/e2e-${E2E_PORT}`,
  globalSetup: "./e2e/global-setup.ts",
  // A file's tests run in order on one worker and one database copy; a file that
  // only reads may spread over the workers (test.describe.configure({ mode: "parallel" })).
  fullyParallel: false,
  // Playwright's default is half the cores: one worker on a two-core laptop. Two keep both
  // cores busy (the run is CPU-bound: the browser, the servers, the workers).
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(os.availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    // Recording a trace for every test costs a quarter of the audits' time (paired runs of
    // accessibility.spec.ts: 127 s against 97 s). CI records one when it retries a failed
    // test; a local run, which does not retry, keeps the trace of a failed test.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: {
      executablePath,
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
