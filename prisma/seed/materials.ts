import { MaterialPhase } from "../../lib/db/generated/enums";
import type { FileStorage } from "../../lib/storage/types";
import { addDaysTo, earliest, latest } from "./clock";
import { slug } from "./identity";
import { newId, type SeedContext, type SessionPlan } from "./plan";

/** PDF strings in WinAnsiEncoding: Latin-1 covers French letters; a few typographic signs need mapping. */
function pdfText(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/…/g, "...")
    .replace(/[^\x20-\xff]/g, "?")
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * A small but valid one-page PDF written by hand (no PDF library in a seed):
 * the cross-reference table holds the exact byte offset of every object, which
 * is what strict viewers check.
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  const text = lines
    .map((line, i) => `${i === 0 ? "/F1 18 Tf" : "/F1 11 Tf"} (${pdfText(line)}) Tj T*`)
    .join("\n");
  const stream = `BT\n56 770 Td\n18 TL\n${text}\nET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export type MaterialSpec = {
  title: string;
  type: string;
  phase: MaterialPhase;
  availableForDays?: number | null;
  availableUntil?: Date | null;
  /** Creation time of each version, oldest first. */
  versions: Date[];
};

/** Each version gets its own storage key and its own file, so deleting one never breaks another. */
export function addMaterial(ctx: SeedContext, session: SessionPlan, spec: MaterialSpec): void {
  const materialId = newId();
  const first = spec.versions[0];
  if (!first) throw new Error(`Support sans version : ${spec.title}`);
  ctx.rows.trainingMaterial.push({
    id: materialId,
    sessionId: session.id,
    title: spec.title,
    type: spec.type,
    phase: spec.phase,
    availableForDays: spec.availableForDays ?? null,
    availableUntil: spec.availableUntil ?? null,
    createdAt: first,
  });
  spec.versions.forEach((createdAt, index) => {
    const version = index + 1;
    const storageKey = `materials/${newId()}.pdf`;
    const bytes = minimalPdf([
      spec.title,
      `${spec.type} - version ${version}`,
      session.course.title,
      session.org.name,
      "Document de démonstration Parcours.",
    ]);
    ctx.files.push({ storageKey, bytes });
    ctx.rows.trainingMaterialVersion.push({
      id: newId(),
      materialId,
      version,
      storageKey,
      fileName: `${slug(spec.title)}-v${version}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
      createdAt,
    });
  });
}

const TYPES = [
  "Support de cours",
  "Diaporama",
  "Cas pratiques",
  "Fiche de synthèse",
  "Guide utilisateurs",
] as const;

/** Supports for a share of the sessions, published around the session and updated after it. */
export function addVolumeMaterials(ctx: SeedContext, sessions: SessionPlan[]): void {
  const rng = ctx.rng.fork("materials");
  const { clock } = ctx;
  for (const session of sessions) {
    if (session.status === "CANCELLED" || session.modality === "ELEARNING" || !rng.chance(0.3))
      continue;
    const firstPublished = addDaysTo(session.startsAt, -rng.int(2, 15));
    if (!clock.isPast(firstPublished)) continue;
    const types = rng.sample(TYPES, rng.int(1, 2));
    for (const type of types) {
      const phase = rng.weighted<MaterialPhase>([
        [MaterialPhase.BEFORE, 25],
        [MaterialPhase.DURING, 25],
        [MaterialPhase.AFTER, 50],
      ]);
      const versions = [firstPublished];
      const extra = rng.weighted([
        [0, 60],
        [1, 30],
        [2, 10],
      ]);
      for (let i = 0; i < extra; i++) {
        const previous = versions[versions.length - 1] ?? firstPublished;
        const next = addDaysTo(latest(previous, session.endsAt), rng.int(1, 60));
        if (!clock.isPast(next)) break;
        versions.push(next);
      }
      const window = rng.weighted<"days" | "until" | "open">([
        ["days", 40],
        ["until", 40],
        ["open", 20],
      ]);
      addMaterial(ctx, session, {
        title: `${type} – ${shortTitle(session.course.title)}`,
        type,
        phase,
        availableForDays: window === "days" ? rng.pick([30, 90, 365]) : null,
        availableUntil:
          window === "until" ? addDaysTo(session.endsAt, rng.pick([180, 365, 730])) : null,
        versions: versions.map((v) => earliest(v, clock.notAfterNow(v))),
      });
    }
  }
}

function shortTitle(title: string): string {
  const cut = title.split(" : ")[0] ?? title;
  return cut.length > 70 ? `${cut.slice(0, 67)}…` : cut;
}

/**
 * Stores the files the versions point at through the app's own storage (local
 * folder under STORAGE_DIR, or S3 when configured), so the app finds them.
 */
export async function storeFiles(
  storage: FileStorage,
  files: readonly { storageKey: string; bytes: Buffer }[],
): Promise<void> {
  const PARALLEL = 16;
  for (let i = 0; i < files.length; i += PARALLEL) {
    await Promise.all(
      files
        .slice(i, i + PARALLEL)
        .map((f) => storage.put(f.storageKey, f.bytes, "application/pdf")),
    );
  }
}
