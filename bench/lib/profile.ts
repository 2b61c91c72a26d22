import fs from "node:fs";
import path from "node:path";

/**
 * Where the server's CPU went: the V8 profiles written by `--cpu-prof`
 * (npm run bench -- --profile), their self time summed by who owns the code
 * (a package of node_modules, Next's renderer, the app's own code, the
 * garbage collector, idle time). A budget that does not hold is explained by
 * this table, not guessed at.
 */
const RENDERER = "React (rendu serveur, RSC) et runtime de page de Next";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
};
type CpuProfile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};

export type ProfileShare = { owner: string; share: number };

/** The owner of one frame: a package, a part of Next, the app, or V8's own work. */
export function ownerOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "ramasse-miettes (GC)";
    if (functionName === "(idle)") return "inactif";
    if (functionName === "(program)") return "V8 / Node (programme)";
    return `natif : ${functionName || "?"}`;
  }
  const file = url.replace(/^file:\/\//, "");
  const modules = file.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = file.slice(modules + "node_modules/".length).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === "next") {
      // Next ships React's server renderer compiled into its page runtime.
      if (/compiled\/(next-server\/app-page|react)/.test(file)) return RENDERER;
      return "Next.js (serveur, routeur)";
    }
    return pkg;
  }
  const chunk = path.basename(file);
  if (file.includes("/server/chunks/")) {
    // Turbopack names a chunk of bundled packages after the first one it holds.
    const bundled = /^node_modules_((?:@[^_]+_)?[^_]+)/.exec(chunk)?.[1];
    if (bundled === "next") return "Next.js (serveur, routeur)";
    if (bundled) return bundled.replace(/^(@[^_]+)_/, "$1/");
    return "code de l'application (chunks du build)";
  }
  if (file.startsWith("node:") || !file.startsWith("/")) return "Node (bibliothèque standard)";
  return "autre";
}

export function summarizeProfiles(dir: string, top = 14): ProfileShare[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const owner = ownerOf(node.callFrame);
      if (owner === "inactif") return;
      const micros = profile.timeDeltas[i] ?? 0;
      totals.set(owner, (totals.get(owner) ?? 0) + micros);
      all += micros;
    });
  }
  return [...totals.entries()]
    .map(([owner, micros]) => ({ owner, share: all ? micros / all : 0 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
}
