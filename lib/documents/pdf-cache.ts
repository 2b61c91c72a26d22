import crypto from "node:crypto";

/**
 * Rendered PDFs kept by the process, keyed by a hash of everything the
 * document prints. react-pdf lays out every character again on each render (a
 * convocation costs about ten one-line documents), while the same content is
 * asked for again and again: a participant reopening their convocation, a
 * double click, their manager. Safe across users: the key is the printed
 * content itself, so a different participant, date or place is a different
 * entry, and callers check access before they ask. Concurrent requests for
 * the same content share one render. (No "server-only" marker: bench/pdf.ts
 * imports the renderers outside Next; nothing here is secret.)
 */
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;

type Entry = { pdf: Promise<Buffer>; bytes: number };
const store = globalThis as unknown as { __parcoursPdfCache?: Map<string, Entry> };

function evict(cache: Map<string, Entry>): void {
  let bytes = 0;
  for (const entry of cache.values()) bytes += entry.bytes;
  // A Map iterates in insertion order, and hits are re-inserted: the first is the least recent.
  for (const [key, entry] of cache) {
    if (cache.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
    cache.delete(key);
    bytes -= entry.bytes;
  }
}

export async function cachedPdf(
  kind: string,
  printed: unknown,
  render: () => Promise<Buffer>,
): Promise<Buffer> {
  const cache = (store.__parcoursPdfCache ??= new Map());
  const key = `${kind}:${crypto.createHash("sha256").update(JSON.stringify(printed)).digest("base64url")}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.pdf;
  }
  const entry: Entry = { pdf: render(), bytes: 0 };
  cache.set(key, entry);
  try {
    const pdf = await entry.pdf;
    entry.bytes = pdf.length;
    evict(cache);
    return pdf;
  } catch (error) {
    cache.delete(key);
    throw error;
  }
}
