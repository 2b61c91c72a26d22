/**
 * The public address printed on documents (the QR code of a certificate must
 * work from any phone, so never a relative path): NEXTAUTH_URL, the app's
 * configured public URL, or else the address the request came to.
 */
export function publicBaseUrl(requestUrl?: string | URL): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting falls back to the request's host.
    }
  }
  if (requestUrl) return new URL(requestUrl).origin;
  return "http://localhost:3000";
}

export function verificationUrl(baseUrl: string, number: string): string {
  return `${baseUrl}/verification/${encodeURIComponent(number)}`;
}
