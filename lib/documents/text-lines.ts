/** The lines of a multi-line text an organization typed, without the "- " bullets it may have put. */
export function textLines(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n+/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, "").trim())
    .filter(Boolean);
}
