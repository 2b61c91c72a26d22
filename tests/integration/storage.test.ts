import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalFileStorage } from "../../lib/storage/local";
import { S3FileStorage } from "../../lib/storage/s3";
import type { FileStorage } from "../../lib/storage/types";

/** Both storages keep the same promises; S3 is tested against an S3-compatible server started here. */
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-storage-"));
  dirs.push(dir);
  return dir;
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let s3server: S3rver | undefined;
let s3port = 0;

beforeAll(async () => {
  s3port = await freePort();
  s3server = new S3rver({
    address: "127.0.0.1",
    port: s3port,
    silent: true,
    directory: tempDir(),
    configureBuckets: [{ name: "parcours-test", configs: [] }],
  });
  await s3server.run();
});

afterAll(async () => {
  await s3server?.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

const storages: [string, () => FileStorage][] = [
  ["local disk", () => new LocalFileStorage(tempDir())],
  [
    "S3-compatible",
    () =>
      new S3FileStorage({
        bucket: "parcours-test",
        region: "us-east-1",
        endpoint: `http://127.0.0.1:${s3port}`,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
      }),
  ],
];

describe.each(storages)("%s storage", (_, make) => {
  it("stores, reads back, and deletes a file", async () => {
    const storage = make();
    await storage.put(
      "materials/guide-v2.pdf",
      new TextEncoder().encode("%PDF-1.4 guide"),
      "application/pdf",
    );
    const file = await storage.get("materials/guide-v2.pdf");
    expect(file).not.toBeNull();
    expect(file?.size).toBe(14);
    expect(await readAll(file!.body)).toBe("%PDF-1.4 guide");
    await storage.delete("materials/guide-v2.pdf");
    expect(await storage.get("materials/guide-v2.pdf")).toBeNull();
  });

  it("answers null for a missing file", async () => {
    expect(await make().get("materials/absent.pdf")).toBeNull();
  });

  it.each(["../etc/passwd", "/etc/passwd", "materials/../../x", "a\\b", ""])(
    "refuses the key %j",
    async (key) => {
      await expect(make().get(key)).rejects.toThrow(/Clé de stockage invalide/);
    },
  );
});
