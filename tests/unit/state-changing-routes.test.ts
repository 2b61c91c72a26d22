import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Server actions get Next's own origin check; route handlers do not. Every
 * route handler that accepts a state-changing method must call isSameOrigin
 * (lib/http/same-origin) before acting.
 */
const APP = path.resolve(import.meta.dirname, "../../app");
const STATE_CHANGING =
  /export\s+(?:async\s+function|function|const)\s+(POST|PUT|PATCH|DELETE)\b|export\s*\{[^}]*\bas\s+(POST|PUT|PATCH|DELETE)\b/;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

const changing = routeFiles(APP).filter((file) =>
  STATE_CHANGING.test(fs.readFileSync(file, "utf8")),
);

describe("state-changing route handlers", () => {
  it("are found (the scan itself works)", () => {
    expect(changing.map((f) => path.relative(APP, f))).toEqual(
      expect.arrayContaining([path.join("api", "auth", "[...nextauth]", "route.ts")]),
    );
  });

  it.each(changing.map((f) => [path.relative(APP, f), f]))(
    "%s checks the origin",
    (_name, file) => {
      expect(fs.readFileSync(file, "utf8")).toMatch(/isSameOrigin\(request\)/);
    },
  );
});
