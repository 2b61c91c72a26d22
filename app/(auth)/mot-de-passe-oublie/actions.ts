"use server";

import crypto from "node:crypto";
import { headers } from "next/headers";
import { RESET_REQUESTED, resetRequestSchema } from "@/components/auth/account-schemas";
import { parseInput } from "@/lib/actions/parse-input";
import { failure, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { resetRequestWait } from "@/lib/auth/account-link-limits";
import { requestPasswordReset } from "@/lib/auth/invitations";
import { getDb } from "@/lib/db";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";

/**
 * Public (signed-out) action. The same answer whether the e-mail has an
 * account or not, and even on an internal error (logged with an id), so that
 * the form cannot be used to find out who has an account. Too many requests
 * (per e-mail, known or not, and per address) are refused with the wait.
 */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<string>> {
  const parsed = parseInput(resetRequestSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      formError: "Adresse e-mail invalide.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    const wait = await resetRequestWait(parsed.data.email, await headers());
    if (wait !== null) return failure(tooManyAttemptsMessage(wait));
    await requestPasswordReset(await getDb(), parsed.data.email);
  } catch (error) {
    console.error(`[action ${crypto.randomUUID().slice(0, 8)}] réinitialisation`, error);
  }
  return { ok: true, data: RESET_REQUESTED };
}
