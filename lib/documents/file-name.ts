/**
 * A document's file name as the participant will find it in their downloads:
 * French words kept, characters that file systems refuse replaced, length
 * bounded ("Convocation 20230119 - FORMATION SAFIR 3.pdf").
 */
export function documentFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .filter(Boolean)
    .join(" - ")
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const bounded = base.length > 120 ? `${base.slice(0, 119).trimEnd()}…` : base;
  return `${bounded || "Document"}.${extension}`;
}
