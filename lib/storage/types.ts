/**
 * Where files live (training materials, e-learning attachments). Two
 * implementations: the local disk under .data/ (default) and S3-compatible
 * object storage (configuration). Callers never see which.
 */
export type StoredFile = { body: ReadableStream<Uint8Array>; size: number | null };

export interface FileStorage {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
  /** Throws when the store cannot be reached or written (the health report's check). */
  check(): Promise<void>;
}

/** Keys are relative paths of safe characters: no "..", no absolute path, no backslash. */
export function assertSafeKey(key: string): void {
  if (
    !/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(key) ||
    key.includes("..") ||
    key.length > 512
  ) {
    throw new Error(`Clé de stockage invalide : ${JSON.stringify(key.slice(0, 80))}`);
  }
}
