/**
 * Where the input holds text PostgreSQL cannot store (a NUL byte: it answers
 * with an error) or that is not valid Unicode (a lone surrogate: it would be
 * silently replaced). No form sends either; such input is refused with a
 * message on its field instead of failing at the database.
 */
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deep enough for every form; deeper input is the schema's to refuse. */
const MAX_DEPTH = 16;

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

export function unsafeTextPaths(input: unknown): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      if (UNSAFE.test(value)) found.push(path);
      return;
    }
    if (typeof value !== "object" || value === null || path.length > MAX_DEPTH) return;
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (isPlain(value)) {
      for (const key of Object.keys(value)) {
        if (UNSAFE.test(key)) found.push([...path, key]);
        else visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(input, []);
  return found;
}
