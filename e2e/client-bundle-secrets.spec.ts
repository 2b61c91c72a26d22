import fs from "node:fs";
import path from "node:path";
import { DIST_DIR, E2E_SECRET } from "./support/paths";
import { expect, test } from "./support/test";

/*
 * Secrets never reach the browser: the client files of the production build
 * that this run serves contain none of the server's environment names (from
 * .env.example) and not the e2e session secret's value, which the build had
 * in its environment. The build lands in .next-e2e-<port> (e2e/global-setup.ts).
 */
const DIST = DIST_DIR;

// It reads the build's files: no server.
test.use({ database: "none" });

// Public by design: next-auth's browser code reads the public URL of the app.
const PUBLIC_NAMES = new Set(["NEXTAUTH_URL"]);
const SECRET_VALUES = [
  E2E_SECRET, // the e2e servers' NEXTAUTH_SECRET, in the build's environment too
  "parcours-development-secret-not-for-production", // lib/auth/secret.ts's fallback
];

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith(".js") ? [full] : [];
  });
}

test("the client files hold no server environment name and no secret", () => {
  const names = [
    ...new Set(
      [...fs.readFileSync(".env.example", "utf8").matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map(
        (m) => m[1]!,
      ),
    ),
  ].filter((name) => !PUBLIC_NAMES.has(name));
  expect(names).toEqual(expect.arrayContaining(["NEXTAUTH_SECRET", "DATABASE_URL", "SMTP_URL"]));

  const files = jsFiles(path.join(DIST, "static"));
  expect(files.length).toBeGreaterThan(5);
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const name of names) {
      if (new RegExp(`(^|[^A-Za-z0-9_])${name}([^A-Za-z0-9_]|$)`).test(text)) {
        found.push(`${name} in ${file}`);
      }
    }
    for (const value of SECRET_VALUES) if (text.includes(value)) found.push(`secret in ${file}`);
  }
  expect(found).toEqual([]);
});
