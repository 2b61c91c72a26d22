"use server";

import crypto from "node:crypto";
import { RESET_REQUESTED, resetRequestSchema } from "@/components/auth/account-schemas";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { requestPasswordReset } from "@/lib/auth/invitations";
import { getDb } from "@/lib/db";

/**
 * Public (signed-out) action. The same answer whether the e-mail has an
 * account or not, and even on an internal error (logged with an id), so that
 * the form cannot be used to find out who has an account.
 */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<string>> {
  const parsed = resetRequestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      formError: "Adresse e-mail invalide.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    await requestPasswordReset(await getDb(), parsed.data.email);
  } catch (error) {
    console.error(`[action ${crypto.randomUUID().slice(0, 8)}] réinitialisation`, error);
  }
  return { ok: true, data: RESET_REQUESTED };
}
