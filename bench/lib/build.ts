import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/**
 * The production build the benchmark serves, in its own folder (.next-bench)
 * so that it never clobbers the developer's or the end-to-end tests' builds,
 * and the First Load JS of every page computed from its manifests (Next 16's
 * build output no longer prints sizes).
 */
export const BENCH_DIST_DIR = ".next-bench";

export async function buildApp(log: (line: string) => void): Promise<number> {
  // Next writes its dist folder's type paths into the tsconfig it uses: a
  // throwaway one keeps tsconfig.json as committed (see next.config.mjs).
  fs.writeFileSync(`${BENCH_DIST_DIR}.tsconfig.json`, '{ "extends": "./tsconfig.json" }\n');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        // No type check in this build (next.config.mjs): npm run lint does it.
        PARCOURS_BENCH_BUILD: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else {
        log(output);
        reject(new Error(`next build a échoué (code ${code})`));
      }
    });
  });
  return (Date.now() - started) / 1000;
}

export type FirstLoad = { route: string; bytes: number };

function clientManifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientManifests(p);
    return entry.name === "page_client-reference-manifest.js" ? [p] : [];
  });
}

/** "/(participant)/sessions/[registrationId]/page" -> "/sessions/[registrationId]". */
export function publicRoute(entry: string): string {
  const route = entry
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/^$/, "/");
  return route || "/";
}

/**
 * Gzipped bytes of the JavaScript a first visit of each page downloads: the
 * framework's root chunks plus the chunks of the page and of its layouts (the
 * client reference manifest lists them per segment). Polyfills are left out,
 * as Next always did: modern browsers skip them.
 */
export function firstLoadJs(distDir: string = BENCH_DIST_DIR): FirstLoad[] {
  const buildManifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"),
  ) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
  const results: FirstLoad[] = [];
  for (const file of clientManifests(path.join(distDir, "server", "app"))) {
    // The manifest is a script that fills globalThis.__RSC_MANIFEST: run it in a context of its own.
    const context: {
      __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }>;
    } = {};
    vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
    for (const [entry, manifest] of Object.entries(context.__RSC_MANIFEST ?? {})) {
      const segments = entry.replace(/\/page$/, "");
      const files = new Set(buildManifest.rootMainFiles);
      for (const [key, chunks] of Object.entries(manifest.entryJSFiles)) {
        const segment = key.replace(/^\[project\]\/app/, "");
        const own =
          entry === "/_not-found/page"
            ? segment === "/layout" || segment === "/not-found"
            : segment === `${segments}/page` ||
              (segment.endsWith("/layout") &&
                `${segments}/`.startsWith(segment.replace(/layout$/, "")));
        if (own) for (const chunk of chunks) files.add(chunk);
      }
      let bytes = 0;
      for (const f of files) bytes += gzipped(f);
      results.push({ route: entry, bytes });
    }
  }
  return results.sort((a, b) => a.route.localeCompare(b.route));
}
