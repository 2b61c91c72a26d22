import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./probe";

/**
 * What the app actually serves, found on disk rather than listed by hand:
 * every page, every HTTP method of every route handler, and every export of
 * every "use server" module. The matrix compares it with its table, so that a
 * new page, handler or action without a row fails the suite.
 */
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SERVER_CODE = ["app", "lib", "components"];

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => path.join(dir, f).split(path.sep).join("/"))
    .filter((f) => !f.includes("/generated/") && /\.(ts|tsx)$/.test(f));
}

/** A "use server" directive opens the module (after comments). */
function isServerActionModule(file: string): boolean {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  const code = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(code);
}

export async function inventory(): Promise<string[]> {
  const app = filesUnder("app");
  const keys = app.filter((f) => f.endsWith("/page.tsx"));
  for (const file of app.filter((f) => f.endsWith("/route.ts"))) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of METHODS)
      if (typeof mod[method] === "function") keys.push(`${file} ${method}`);
  }
  const actionFiles = SERVER_CODE.flatMap(filesUnder).filter(isServerActionModule);
  for (const file of actionFiles) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") keys.push(`${file} ${name}`);
  }
  return keys.sort();
}
