/**
 * The client's address, for per-address limits. Trust assumption: the app runs
 * behind one proxy or platform (Vercel, a load balancer, `next start` alone)
 * that sets X-Forwarded-For, so its first entry is the client. Without such a
 * proxy a client can write its own header and pick its bucket: the
 * per-account limits still hold, the per-address ones then only slow down
 * honest-looking traffic. `next start` sets the header from the socket when
 * the client sent none.
 */
export function clientAddress(headers: Headers | Record<string, unknown>): string {
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || "inconnue";
}
