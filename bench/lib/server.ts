import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { BENCH_DIST_DIR } from "./build";

/**
 * The production server under test (`next start` on the bench build), and its
 * memory: resident memory of the server process and any children it starts,
 * sampled every 100 ms, together with the kernel's own high-water mark
 * (VmHWM), so that a short spike between two samples is not missed.
 */
export type RunningServer = {
  baseUrl: string;
  child: ChildProcess;
  peakBytes: () => number;
  /** Resident memory of the server's processes now. */
  currentBytes: () => number;
  stop: () => Promise<void>;
};

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children = children.concat(list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

export async function startServer(opts: {
  port: number;
  env: Record<string, string>;
  /** V8's old-space limit, as a host with a memory cap sets it; null: Node's default. */
  heapMegabytes: number | null;
  /** Flags for the server's node (a CPU profile: not allowed in NODE_OPTIONS). */
  nodeFlags?: string[];
}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const child = spawn(
    process.execPath,
    [
      ...(opts.nodeFlags ?? []),
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(opts.port),
      "-H",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        ...opts.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        // Files and outbox on this machine's disk, the database too unless DATABASE_URL.
        PARCOURS_ALLOW_LOCAL_STATE: "1",
        // Without a limit V8 sizes its heap from the machine (24 GiB here) and
        // collects lazily: the figure would measure its appetite, not the
        // server's need. Serverless hosts set this flag from the function's memory.
        NODE_OPTIONS: [
          process.env.NODE_OPTIONS ?? "",
          opts.heapMegabytes ? `--max-old-space-size=${opts.heapMegabytes}` : "",
        ]
          .filter(Boolean)
          .join(" "),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const pid = child.pid!;

  let peak = 0;
  const residentNow = () =>
    [pid, ...descendants(pid)].reduce((sum, p) => sum + statusField(p, "VmRSS"), 0);
  const sample = () => {
    const tree = [pid, ...descendants(pid)];
    const rss = residentNow();
    const hwm = tree.reduce((sum, p) => sum + statusField(p, "VmHWM"), 0);
    peak = Math.max(peak, rss, hwm);
  };
  const timer = setInterval(sample, 100);

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      clearInterval(timer);
      throw new Error(`Le serveur s'est arrêté au démarrage :\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      clearInterval(timer);
      child.kill("SIGTERM");
      throw new Error(`Le serveur ne répond pas après 120 s :\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    child,
    peakBytes: () => {
      sample();
      return peak;
    },
    currentBytes: residentNow,
    stop: async () => {
      sample();
      clearInterval(timer);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
