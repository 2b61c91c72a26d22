/**
 * A file download: the right type, a French file name that survives every
 * browser (ASCII fallback plus RFC 5987 UTF-8 name), and no caching by shared
 * caches (the file is personal).
 */
export function contentDisposition(
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function fileResponse(
  body: BodyInit,
  opts: {
    fileName: string;
    contentType: string;
    size?: number | null;
    disposition?: "attachment" | "inline";
  },
): Response {
  const headers = new Headers({
    "Content-Type": opts.contentType,
    "Content-Disposition": contentDisposition(opts.fileName, opts.disposition),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (opts.size !== undefined && opts.size !== null)
    headers.set("Content-Length", String(opts.size));
  return new Response(body, { headers });
}

export function notFoundResponse(): Response {
  return new Response("Introuvable", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A PDF the server just rendered, as a download under its French file name. */
export function pdfResponse(pdf: Uint8Array, fileName: string): Response {
  return fileResponse(new Uint8Array(pdf), {
    fileName,
    contentType: "application/pdf",
    size: pdf.length,
  });
}
