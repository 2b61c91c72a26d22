/*
 * URLs of hostile requests: how a value travels in a URL (percent-encoded,
 * well-formed) and how long it may be there. No app module: the unit tests
 * check it without loading Next or the database.
 */

/** Lone surrogates cannot be percent-encoded; a browser sends U+FFFD for them. */
export const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

/** A value as one percent-encoded URL segment. */
export const segment = (value: unknown) => encodeURIComponent(wellFormed(String(value)));

/**
 * Node's HTTP server answers 431 to a request whose request line and headers pass
 * 16 KiB (its --max-http-header-size) before Next or a handler
 * runs, so no route handler ever reads a megabyte from its URL. A hostile URL part
 * (a dynamic segment, a query key or value) is cut to this many characters once
 * percent-encoded: a route's segments and four query pairs stay within the limit,
 * and it is still far past every id and field limit. Bodies keep their megabyte.
 * The 431 itself is checked by e2e/security-headers.spec.ts.
 */
export const URL_PART_BUDGET = 1024;

/** `value` made well-formed (as `segment` sends it) and cut to fit URL_PART_BUDGET once encoded. */
export function fitUrlPart(value: string): string {
  let fitted = wellFormed(value);
  for (
    let encoded = encodeURIComponent(fitted).length;
    encoded > URL_PART_BUDGET;
    encoded = encodeURIComponent(fitted).length
  ) {
    // Cut in proportion; a surrogate pair cut in two becomes U+FFFD, as a browser sends it.
    fitted = wellFormed(fitted.slice(0, Math.floor((fitted.length * URL_PART_BUDGET) / encoded)));
  }
  return fitted;
}
