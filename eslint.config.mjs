import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/*
 * Imports run one way: app → components → lib/<domain> → lib/db. A component
 * or a lib file that reaches back up (into a route folder, or lib into the UI)
 * fails the lint; tests/unit/layering-lint.test.ts proves that it does.
 */
const DATABASE_CLIENT = {
  name: "@/lib/db/client",
  message: "Pages use lib/<domain> data functions, not the database client.",
};
const INTO_APP = {
  regex: "^(@/|(\\.\\./)+)app(/|$)",
  message:
    "app/ holds routes only and nothing imports from it: move what you need to lib/<domain>/ (server actions to lib/<domain>/actions.ts) or components/.",
};
const INTO_COMPONENTS = {
  regex: "^(@/|(\\.\\./)+)components(/|$)",
  message:
    "lib/ is below the UI: it must not import components/. Move the shared code (a schema, a label) into lib/.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".next-e2e-*/**",
      ".next-lighthouse/**",
      ".next-bench/**",
      // The deploy test's standalone build (tests/integration/deploy.test.ts).
      ".next-deploy*/**",
      ".data/**",
      "node_modules/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    rules: {
      // Data access goes through lib/: pages must not reach the client directly.
      "no-restricted-imports": ["error", { paths: [DATABASE_CLIENT] }],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [DATABASE_CLIENT], patterns: [INTO_APP] }],
    },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [INTO_APP, INTO_COMPONENTS] }] },
  },
  {
    files: ["prisma/**", "tests/**", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Each spec file runs on a server and a database copy of its own (e2e/support/test.ts).
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message:
                'Import { test, expect } from "./support/test": it gives each spec file its own server on a copy of the demo (baseURL, outbox).',
            },
          ],
        },
      ],
    },
  },
];

export default config;
