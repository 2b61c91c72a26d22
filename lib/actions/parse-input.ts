import { z } from "zod";
import { unsafeTextPaths } from "./unsafe-text";

const french = z.locales.fr().localeError;

export const UNSAFE_TEXT = "Ce texte contient un caractère non autorisé.";

/**
 * Parses what a form or a caller sent with the form's schema. The schemas word
 * the messages a person meets in the form; input no form sends (a number for
 * a text, an array for an object) gets zod's French messages instead of its
 * English defaults, since each message is shown beside its field. Text the
 * database cannot hold is refused on its field first (./unsafe-text).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  const unsafe = unsafeTextPaths(input);
  if (unsafe.length > 0) {
    const issues = unsafe.map((path) => ({
      code: "custom" as const,
      path,
      message: UNSAFE_TEXT,
      input: undefined,
    }));
    return { success: false, error: new z.ZodError(issues) as z.ZodError<z.output<S>> };
  }
  return schema.safeParse(input, { error: french });
}
