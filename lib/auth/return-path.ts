/**
 * Where to go after sign-in. Only same-site paths are accepted, so a crafted
 * link cannot send the user to another site (open redirect).
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2048) return "/";
  let path = raw;
  try {
    // next-auth may hand back an absolute URL of this site.
    if (/^https?:\/\//i.test(raw)) {
      const url = new URL(raw);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path.startsWith("/connexion") || path.startsWith("/api/")) return "/";
  return path;
}
