import fc from "fast-check";
import { RECORD_ID_PATTERN } from "../../../lib/db/record-id";
import {
  ATTACK_STRINGS,
  NUL,
  anyValue,
  hostileKey,
  hostileString,
  hugeArray,
  oversizedString,
  poisonedString,
  prototypePayload,
  wronglyTyped,
} from "./hostile";

/**
 * What one input field may receive, in two arbitraries: `invalid` values the
 * field's schema must refuse (so a payload holding one can never be accepted)
 * and `plausible` ones that may pass on their own (real ids of the seeded
 * database, allowed enum values, attack strings within the limits). A payload
 * mixes both, with at least one invalid field, so hostile values reach past
 * the first check while the whole payload stays one the action must refuse.
 */
export type Field = { invalid: fc.Arbitrary<unknown>; plausible: fc.Arbitrary<unknown> };
export type Fields = Record<string, Field>;

const notA = (type: "string" | "number" | "object") =>
  wronglyTyped.filter((v) => typeof v !== type || v === null);
/** Values of another type; an optional field accepts undefined and null, so they are left out. */
const typedWrong = (type: "string" | "number" | "object", optional: boolean) =>
  notA(type).filter((v) => !optional || (v !== undefined && v !== null));
/** A required field also refuses a missing value. */
const missing = (optional: boolean): fc.Arbitrary<unknown>[] =>
  optional ? [] : [fc.constant(undefined)];

/** `x…x` of exactly `length` characters around an attack string (trimming cannot shorten it). */
export const paddedAttack = (length: number) =>
  fc
    .constantFrom(...ATTACK_STRINGS)
    .map((s) => `x${s}`.slice(0, Math.max(0, length - 1)).padEnd(length - 1, "x") + "x");

/** A string holding a NUL byte or lone surrogate, within [min, max] characters once trimmed. */
const poisonedWithin = (min: number, max: number) =>
  poisonedString.map((s) => `x${s}x`.padEnd(min, "x").slice(0, max));

/** A database id: real ones of the seeded demo, or ids of the right shape that exist nowhere. */
export function idField(anchor?: () => string, optional = false): Field {
  const plausible = fc.oneof(
    ...(anchor ? [fc.constant(0).map(anchor), fc.constant(0).map(anchor)] : []),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    fc.constantFrom("__proto__", "constructor", "prototype", "0", "-"),
  );
  const invalid = fc.oneof(
    hostileString.filter((s) => !RECORD_ID_PATTERN.test(s)),
    paddedAttack(65),
    fc.constantFrom(`ckz${NUL}`, `${"a".repeat(64)}${NUL}`, "a/b", "a b", "a.b", "%00"),
    typedWrong("string", optional),
    ...missing(optional),
  );
  return { invalid, plausible };
}

/** Free text of min..max characters (trimmed): attack strings pass, poison and excess do not. */
export function textField(min: number, max: number, optional = false): Field {
  const plausible = fc.integer({ min: Math.max(min, 1), max }).chain(paddedAttack);
  const invalid = fc.oneof(
    poisonedWithin(Math.max(min, 1), max),
    paddedAttack(max + 1),
    oversizedString,
    ...(min > 0 ? [fc.constantFrom("", "   ", "\n\t")] : []),
    typedWrong("string", optional),
    ...missing(optional),
  );
  return { invalid, plausible };
}

/** Anything that looks like an e-mail address needs `local@domain.tld` without spaces. */
const LOOSE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export function emailField(): Field {
  return {
    plausible: fc.constantFrom(
      "inconnu.fuzz@exemple.invalid",
      "o'brien.fuzz@exemple.invalid",
      "participant@demo.test",
    ),
    invalid: fc.oneof(
      hostileString.filter((s) => !LOOSE_EMAIL.test(s.trim())),
      fc.constantFrom(
        `${"a".repeat(250)}@exemple.fr`,
        `a${NUL}@exemple.fr`,
        "a@b",
        "@exemple.fr",
        "a@@exemple.fr",
      ),
      typedWrong("string", false),
      ...missing(false),
    ),
  };
}

export function enumField(values: readonly string[], optional = false): Field {
  return {
    plausible: fc.constantFrom(...values),
    invalid: fc
      .oneof(
        hostileString.filter((s) => !values.includes(s)),
        fc.constantFrom(...values).map((v) => v.toLowerCase()),
        fc.constantFrom(...values).map((v) => `${v}${NUL}`),
        typedWrong("string", optional),
        ...missing(optional),
      )
      .filter((v) => !values.includes(v as string)),
  };
}

/** A string of a fixed format ("YYYY-MM-DD", "hh:mm"): examples pass, anything off the shape not. */
export function formatField(examples: readonly string[], shape: RegExp, optional = false): Field {
  return {
    plausible: fc.constantFrom(...examples),
    invalid: fc
      .oneof(
        hostileString.filter((s) => !shape.test(s)),
        fc.constantFrom(...examples).map((v) => `${v}${NUL}`),
        fc.constantFrom(...examples).map((v) => ` ${v}x`),
        typedWrong("string", optional),
        ...missing(optional),
      )
      .filter((v) => !(optional && v === "")),
  };
}

/** A calendar day "YYYY-MM-DD". */
export const isoDateField = (optional = false) =>
  formatField(["2026-01-15", "2030-12-31"], /^\d{4}-\d{2}-\d{2}$/, optional);

/** Euros as typed in the payment form ("1 250,50"). */
export function amountField(): Field {
  return {
    plausible: fc.constantFrom("12,50", "1 250", "0"),
    invalid: fc.oneof(
      hostileString.filter((s) => !/^[\d .,]+$/.test(s) || !/\d/.test(s)),
      fc.constantFrom("1e5", "-100", "Infinity", "12,505", "1.2.3"),
      typedWrong("string", false),
      ...missing(false),
    ),
  };
}

/** An integer in [min, max]; `coerce` for form fields that arrive as text. */
export function intField(min: number, max: number, coerce = false): Field {
  const accepted = (v: unknown) => {
    let n: unknown = v;
    if (coerce) {
      try {
        n = Number(v);
      } catch {
        return false;
      }
    }
    return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
  };
  return {
    plausible: fc.integer({ min, max }).map((n) => (coerce ? String(n) : n)),
    invalid: fc
      .oneof(
        wronglyTyped,
        fc.double(),
        fc.constantFrom(min - 1, max + 1, 1e12, -1e12, 0.5, "abc", "1,5", "12abc", "0x10"),
        hostileString,
      )
      .filter((v) => !accepted(v)),
  };
}

/** An array of `item` between min and max items. */
export function arrayField(item: Field, min: number, max: number): Field {
  return {
    plausible: fc.array(item.plausible, { minLength: min, maxLength: Math.min(max, 3) }),
    invalid: fc.oneof(
      typedWrong("object", false).filter((v) => !Array.isArray(v)),
      hugeArray.filter((a) => a.length > max),
      fc
        .tuple(fc.array(item.plausible, { maxLength: 2 }), item.invalid)
        .map(([ok, bad]) => [...ok, bad]),
      ...(min > 0 ? [fc.constant([])] : []),
    ),
  };
}

/** A nested object (an array item such as one attendance mark). */
export function objectField(fields: Fields): Field {
  return {
    plausible: fc.record(
      Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.plausible])),
    ),
    invalid: fc.oneof(
      typedWrong("object", false).filter((v) => !Array.isArray(v)),
      hostilePayload(fields),
    ),
  };
}

/** Questionnaire answers: a record of question ids (64 characters at most, 500 at most) to values. */
export function answersField(questionIds: () => string[]): Field {
  const questionKey = fc.oneof(
    fc.constant(0).chain(() => fc.constantFrom(...questionIds())),
    hostileKey,
  );
  return {
    plausible: fc.dictionary(questionKey, anyValue, { maxKeys: 4 }),
    invalid: fc.oneof(
      fc.constantFrom("réponses", 42, true, null, [1, 2], ["a"]),
      fc.constant(0).map(() => ({ [`${"q".repeat(65)}`]: "trop long" })),
      fc
        .constant(0)
        .map(() => Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`q${i}`, "x"]))),
      ...missing(false),
    ),
  };
}

/** Anything is accepted on its own (e.g. the confirmation, checked against the password). */
export function anyString(): Field {
  return { plausible: hostileString, invalid: typedWrong("string", false) };
}

/**
 * The payload of an action or form: every field plausible or invalid, one of
 * them invalid for sure, plus extra keys (`__proto__`, `constructor`…) that
 * the schema must ignore or refuse. Extra keys are own properties, as
 * JSON.parse and React's decoder make them.
 */
export function hostilePayload(fields: Fields): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  return fc
    .constantFrom(...names)
    .chain((forced) =>
      fc.tuple(
        fc.record(
          Object.fromEntries(
            names.map((name) => [
              name,
              name === forced
                ? fields[name]!.invalid
                : fc.oneof(
                    { weight: 3, arbitrary: fields[name]!.plausible },
                    { weight: 1, arbitrary: fields[name]!.invalid },
                  ),
            ]),
          ),
        ),
        fc.array(
          fc.tuple(
            hostileKey.filter((k) => !names.includes(k)),
            fc.oneof(anyValue, prototypePayload),
          ),
          { maxLength: 3 },
        ),
      ),
    )
    .map(([values, extras]) => {
      const payload: Record<string, unknown> = { ...values };
      for (const [key, value] of extras) {
        Object.defineProperty(payload, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return payload;
    });
}

/** The same payload as a browser form would post it (strings and repeated keys). */
export function asFormData(payload: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, typeof item === "string" ? item : safeString(item));
    }
  }
  return form;
}

/** Any value as form text (JSON when it can be, never throwing). */
export function safeString(value: unknown): string {
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return "[valeur]";
  }
}

/**
 * What an action receives: the shaped payload as an object, a null-prototype
 * copy, FormData, wrapped in an array or as a JSON string; or anything at all.
 */
export function actionInput(fields: Fields): fc.Arbitrary<unknown> {
  const shaped = hostilePayload(fields);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    {
      weight: 1,
      arbitrary: shaped.map((p) => Object.assign(Object.create(null) as object, p)),
    },
    { weight: 1, arbitrary: shaped.map(asFormData) },
    { weight: 1, arbitrary: shaped.map((p) => [p]) },
    { weight: 1, arbitrary: shaped.map((p) => safeString(p)) },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.oneof(prototypePayload, wronglyTyped) },
  );
}

/** A checkbox's boolean: anything but true or false is invalid. */
export function booleanField(): Field {
  return {
    plausible: fc.boolean(),
    invalid: fc.oneof(
      fc.constantFrom("true", "false", "on", 1, 0, null, undefined, [], {}),
      hostileString,
    ),
  };
}
