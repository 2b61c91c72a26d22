/**
 * The type of an uploaded file, read from its first bytes (magic numbers),
 * never from its name or the browser's claim: a renamed executable must not
 * be published as "programme.pdf". Office documents are zip archives whose
 * entries name the application ([Content_Types].xml plus word/, xl/ or ppt/).
 */
export type DetectedType = { mimeType: string; extension: string; label: string };

export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const OFFICE: { folder: string; type: DetectedType }[] = [
  {
    folder: "word/",
    type: {
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extension: "docx",
      label: "Word",
    },
  },
  {
    folder: "xl/",
    type: {
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      extension: "xlsx",
      label: "Excel",
    },
  },
  {
    folder: "ppt/",
    type: {
      mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      extension: "pptx",
      label: "PowerPoint",
    },
  },
];

export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { mimeType: "application/pdf", extension: "pdf", label: "PDF" };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { mimeType: "image/png", extension: "png", label: "PNG" };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return { mimeType: "image/jpeg", extension: "jpg", label: "JPEG" };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored in clear in the local headers and the central directory.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (!names.includes("[Content_Types].xml")) return null;
    return OFFICE.find((o) => names.includes(o.folder))?.type ?? null;
  }
  return null;
}

export const ACCEPTED_TYPES_LABEL = "PDF, PNG, JPEG, Word, Excel ou PowerPoint";

/** Why a file cannot be published, in French; null when it can. */
export function uploadRefusal(bytes: Uint8Array | null): string | null {
  if (!bytes || bytes.length === 0) return "Choisissez un fichier à publier.";
  if (bytes.length > MAX_MATERIAL_BYTES) return "Le fichier dépasse la taille maximale de 20 Mo.";
  if (!detectFileType(bytes)) {
    return `Type de fichier non accepté : ${ACCEPTED_TYPES_LABEL} uniquement (le contenu du fichier est vérifié, pas son nom).`;
  }
  return null;
}

/** A download name from the person's file name, with the extension of the detected type. */
export function safeFileName(original: string, type: DetectedType): string {
  const base = original
    .replace(/\.[^.]*$/, "")
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  return `${base || "support"}.${type.extension}`;
}
