import fs from "node:fs";
import path from "node:path";
import { ROOT, loadModule } from "./invoke";

/**
 * Finds every server action and route handler of the app by looking at the
 * files, not at a list: every `actions.ts` (lib/<domain>/actions.ts) and any module that starts with
 * "use server" (its exports are actions), and every export named after an
 * HTTP method in every `route.ts` under app/.
 */
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".test.ts") ? [relative] : [];
  });
}

const USE_SERVER = /^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*["']use server["']/;

function actionFiles(): string[] {
  return ["app", "lib", "components"]
    .flatMap(sourceFiles)
    .filter(
      (file) =>
        path.basename(file) === "actions.ts" ||
        USE_SERVER.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
    )
    .sort();
}

/** "<file>#<export>" of every server action. */
export async function discoverActions(): Promise<string[]> {
  const keys: string[] = [];
  for (const file of actionFiles()) {
    const exports = await loadModule(file);
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") keys.push(`${file}#${name}`);
    }
  }
  return keys;
}

/** "<file>#<METHOD>" of every route handler. */
export async function discoverRoutes(): Promise<string[]> {
  const keys: string[] = [];
  for (const file of sourceFiles("app").filter((f) => /\/route\.(ts|tsx)$/.test(f))) {
    const exports = await loadModule(file);
    for (const method of HTTP_METHODS) {
      if (typeof exports[method] === "function") keys.push(`${file}#${method}`);
    }
  }
  return keys.sort();
}
