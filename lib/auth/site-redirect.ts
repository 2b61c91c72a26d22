/**
 * next-auth's redirect after sign-in or sign-out, as its default does (a path
 * of this site, or a URL of this site; anything else goes to the site's root)
 * but without throwing: the default's `new URL(callbackUrl)` throws on a
 * forged callbackUrl that is not a URL, and next-auth answers that with a 500.
 */
export function siteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  if (url.startsWith("/")) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // Not a URL: the site's root.
  }
  return baseUrl;
}
