import inspector from "node:inspector/promises";
import fs from "node:fs";
import { afterAll, beforeAll } from "vitest";
const session = new inspector.Session();
beforeAll(async () => { session.connect(); await session.post("Profiler.enable"); await session.post("Profiler.setSamplingInterval", { interval: 1000 }); await session.post("Profiler.start"); });
afterAll(async () => { const { profile } = await session.post("Profiler.stop"); fs.writeFileSync(`/tmp/prof-${process.pid}.cpuprofile`, JSON.stringify(profile)); });
