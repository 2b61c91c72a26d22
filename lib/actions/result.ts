import type { z } from "zod";

/**
 * What every server action returns to its form: success with data, or French
 * messages per field (and one for the whole form). Actions never throw to the
 * client for bad input.
 */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; formError?: string; fieldErrors: Record<string, string[]> };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function failure(
  formError: string,
  fieldErrors: Record<string, string[]> = {},
): ActionResult<never> {
  return { ok: false, formError, fieldErrors };
}
