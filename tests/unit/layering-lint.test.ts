import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * Imports run one way: app → components → lib/<domain> → lib/db. The lint
 * rule of eslint.config.mjs (no-restricted-imports) says so; this proves that
 * it fails on a file that reaches back up, and lets a file that looks down
 * pass. The files are virtual: lintText with a path places them in the tree.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("the layering lint rule", () => {
  it.each([
    ["lib/accounts/back-up.ts", `import { x } from "@/app/(auth)/invitation/actions";`],
    ["lib/accounts/back-up.ts", `import { x } from "../../app/(auth)/invitation/actions";`],
    ["lib/sessions/back-up.ts", `import { x } from "@/components/sessions/session-card";`],
    ["lib/sessions/back-up.ts", `export { x } from "../../components/ui/badge";`],
    ["components/auth/back-up.tsx", `import { x } from "@/app/(auth)/invitation/actions";`],
  ])(
    "fails %s importing back up: %s",
    async (file, code) => {
      expect(await restrictedImports(file, `${code}\nexport const y = x;\n`)).toHaveLength(1);
    },
    60_000,
  );

  it.each([
    ["lib/accounts/down.ts", `import { x } from "@/lib/db";`],
    ["lib/sessions/down.ts", `import { x } from "@/lib/format/labels";`],
    ["components/auth/down.tsx", `import { x } from "@/lib/accounts/actions";`],
    ["app/(auth)/down/page.tsx", `import { x } from "@/components/auth/sign-in-form";`],
  ])(
    "lets %s import downwards: %s",
    async (file, code) => {
      expect(await restrictedImports(file, `${code}\nexport const y = x;\n`)).toEqual([]);
    },
    60_000,
  );
});
