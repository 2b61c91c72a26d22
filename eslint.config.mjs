import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".next-e2e-*/**",
      ".next-lighthouse/**",
      ".next-bench/**",
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
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db/client",
              message: "Pages use lib/<domain> data functions, not the database client.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "prisma/**", "tests/**", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
