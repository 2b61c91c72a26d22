/**
 * Rewrites every string of a JSON document that contains one of the person's
 * values (e-mail, full name): an audit entry keeps what happened, not who it
 * was about. Matching ignores case, as e-mails were typed in any case.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function redactJson(value: Json, needles: readonly string[], replacement: string): Json {
  const lowered = needles.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0);
  const visit = (v: Json): Json => {
    if (typeof v === "string") {
      const text = v.toLowerCase();
      return lowered.some((n) => text.includes(n)) ? replacement : v;
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, visit(inner)]));
    }
    return v;
  };
  return visit(value);
}
