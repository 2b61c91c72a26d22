import fc from "fast-check";

/**
 * The building blocks of hostile input: strings shaped like attacks, values of
 * the wrong type, oversized values and keys aimed at the prototype chain. The
 * field kinds (./fields) combine them into payloads for each action or route.
 */

/** Strings an attacker tries first: SQL, HTML/JS, CSV formulas, path traversal, odd code points. */
export const ATTACK_STRINGS: readonly string[] = [
  "' OR '1'='1",
  '\'; DROP TABLE "User"; --',
  "1; SELECT pg_sleep(5) --",
  '" OR ""="',
  "%' OR 1=1 --",
  "$1::text",
  "E'\\x00'",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://exemple.invalid","clic")',
  "+1+1",
  "-2+3",
  "@SUM(1+1)",
  "\t=1+1",
  "../../../../etc/passwd",
  "..\\..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "file:///etc/passwd",
  "/dev/null",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "[object Object]",
  "null",
  "undefined",
  "NaN",
  "\u202egnp.exe",
  "\ufeff",
  "é".normalize("NFD"),
];

/** Characters PostgreSQL refuses in text (NUL) or that are not valid Unicode (lone surrogates). */
export const NUL = "\u0000";
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** A string holding a NUL byte or a lone surrogate somewhere. */
export const poisonedString: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.oneof(fc.constant(NUL), loneSurrogate),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => before + bad + after);

/** 1 MB and a little more: past every field's limit, at the server actions' body size. */
const MEGABYTE = 1024 * 1024;
export const oversizedString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("A".repeat(MEGABYTE), "é".repeat(MEGABYTE / 2), `${"<b>".repeat(MEGABYTE / 3)}`),
  fc.integer({ min: 1, max: 4 }).map((n) => ATTACK_STRINGS[n]!.repeat(Math.ceil(MEGABYTE / 8))),
);

/** A string of exactly `length` characters drawn from an attack string (for "just past the limit"). */
export const stringOfLength = (length: number): fc.Arbitrary<string> =>
  fc.constantFrom(...ATTACK_STRINGS).map((s) => s.padEnd(length, s || "x").slice(0, length));

/** Any hostile string: attacks, poisoned, random (every code point), oversized, empty. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTACK_STRINGS) },
  { weight: 2, arbitrary: poisonedString },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: oversizedString },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\n\t ") },
);

/** A payload object whose own keys reach for the prototype chain (as JSON.parse makes them). */
export const prototypePayload: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(
    '{"__proto__":{"polluted":"oui","isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":"oui"}}}',
    '{"__proto__":{"toString":"polluted","valueOf":1}}',
    '{"prototype":{"polluted":"oui"},"__proto__":null}',
    '{"__proto__":{"__proto__":{"polluted":"oui"}}}',
  )
  .map((json) => JSON.parse(json) as Record<string, unknown>);

/** Arrays far past any limit: 100 000 items (still under the 1 MB body limit of server actions). */
export const hugeArray: fc.Arbitrary<unknown[]> = fc.constantFrom(
  Array.from({ length: 100_000 }, () => 0),
  Array.from({ length: 100_000 }, (_, i) => `id${i}`),
  Array.from({ length: 20_000 }, () => ({ __proto__: null, a: 1 })),
);

/**
 * Values of every type a server action's argument can arrive as (React's
 * reply decoder gives back Dates, Maps, Sets, BigInts, typed arrays, FormData).
 */
export const wronglyTyped: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.jsonValue(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 }),
  prototypePayload,
  fc.constant(new Map([["__proto__", "oui"]])),
  fc.constant(new Set(["a", "b"])),
  fc.constant(new Uint8Array([0, 1, 2])),
  fc.constant(Object.create(null) as object),
);

/** Anything at all, nested: the fully random end of the payloads. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Extra keys an attacker adds next to the expected ones. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "id", "userId", "role", "isAdmin", ""),
  fc.string({ maxLength: 10 }),
  fc.constantFrom("x".repeat(10_000), `a${NUL}b`),
);
