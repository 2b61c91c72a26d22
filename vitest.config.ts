import os from "node:os";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./tests/support/longest-first-sequencer";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Server-only modules are imported directly by tests, outside React's server runtime.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

const UNIT_FILES = ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"];
/**
 * Unit files that change the process for good: a module mock (vi.mock), a patch
 * that must not be installed yet when the file starts. Each runs in a process of its own.
 */
const NEEDS_OWN_PROCESS = [
  "lib/server/abort-reason-stacks.test.ts",
  "tests/unit/mail-worker-cadence.test.ts",
];

export default defineConfig({
  resolve: { alias },
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: UNIT_FILES,
          exclude: [...NEEDS_OWN_PROCESS, ...configDefaults.exclude],
          environment: "node",
          // Rules without a database: one module graph per worker instead of one per file
          // (Vitest's recipe for unit suites): 57 files in 7 s instead of 18. The files that
          // stub a global restore it (checked with --sequence.shuffle.files).
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "unit-isolated",
          sequence: { groupOrder: 0 },
          include: NEEDS_OWN_PROCESS,
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          // Seeded files (training materials) go to a scratch folder, never the checkout's .data/.
          env: { STORAGE_DIR: path.join(os.tmpdir(), "parcours-test-storage") },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file gets its own database; two cores run two at a time.
          pool: "forks",
          maxWorkers: 2,
        },
      },
      {
        // `npm run test:resilience` (CI's PostgreSQL leg): several production servers,
        // killed processes, a stopped database, backups, retention. Not part of `npm run test:vitest`.
        resolve: { alias },
        test: {
          name: "resilience",
          sequence: { groupOrder: 2 },
          env: { STORAGE_DIR: path.join(os.tmpdir(), "parcours-test-storage") },
          include: ["tests/resilience/**/*.test.ts"],
          environment: "node",
          // Ours first: it may start the PostgreSQL server that the shared setup seeds.
          globalSetup: [
            "tests/resilience/support/global-setup.ts",
            "tests/support/global-setup.ts",
          ],
          testTimeout: 240_000,
          hookTimeout: 1_200_000,
          // The scenarios share this machine's two cores and ports: one file at a time.
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
