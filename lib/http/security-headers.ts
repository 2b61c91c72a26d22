/*
 * The security headers of every page and route handler, set by proxy.ts. No
 * "server-only": the proxy is bundled apart from the pages.
 */

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/**
 * Scripts run only with this response's nonce (Next puts it on its own
 * scripts, read from the request's CSP header); 'strict-dynamic' lets those
 * scripts load the app's chunks. No 'unsafe-inline' for scripts, ever; in
 * development React needs 'unsafe-eval' (error stacks) and Next injects styles
 * without a nonce, hence 'unsafe-inline' for styles there only.
 */
export function contentSecurityPolicy(
  nonce: string,
  env: { NODE_ENV?: string } = process.env,
): string {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // The certificate's QR code and previews are data: or blob: images.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The web manifest (/manifest.webmanifest) installs the app on a phone.
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers that do not depend on the request. */
export function staticSecurityHeaders(
  env: { NODE_ENV?: string } = process.env,
): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
    // frame-ancestors 'none' says the same to current browsers; this is for older ones.
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    // Production only: a developer's http://localhost must not learn to insist on https.
    ...(env.NODE_ENV === "production"
      ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as [
          string,
          string,
        ][])
      : []),
  ];
}

/** Adds the headers to a response; a response that brings its own policy keeps it. */
export function withSecurityHeaders<R extends Response>(response: R, csp: string): R {
  for (const [name, value] of staticSecurityHeaders()) response.headers.set(name, value);
  if (!response.headers.has("Content-Security-Policy")) {
    response.headers.set("Content-Security-Policy", csp);
  }
  return response;
}
