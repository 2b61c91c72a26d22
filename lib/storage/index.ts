import path from "node:path";
import { LocalFileStorage } from "./local";
import { S3FileStorage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage, StoredFile } from "./types";

/**
 * The configured storage: S3-compatible when STORAGE_DRIVER=s3 (S3_BUCKET,
 * S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), otherwise the
 * local disk under STORAGE_DIR (default .data/storage).
 */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): FileStorage {
  if (env.STORAGE_DRIVER === "s3") {
    if (!env.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 demande S3_BUCKET.");
    return new S3FileStorage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION ?? "us-east-1",
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalFileStorage(
    path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.STORAGE_DIR ?? ".data/storage"),
  );
}

let storage: FileStorage | undefined;
export function getStorage(): FileStorage {
  storage ??= storageFromEnv();
  return storage;
}
