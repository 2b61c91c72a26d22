"use server";

import crypto from "node:crypto";
import { headers } from "next/headers";
import { setPasswordSchema } from "@/components/auth/account-schemas";
import { parseInput } from "@/lib/actions/parse-input";
import { failure, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { setPasswordWithinLimit } from "@/lib/auth/account-link-limits";
import { TOKEN_FAILURE_MESSAGES } from "@/lib/auth/account-tokens";
import { getDb } from "@/lib/db";
import { AccountTokenPurpose } from "@/lib/db/generated/enums";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";

/*
 * The only server actions of the product a signed-out person may call: the
 * link's token is their credential. They follow the one door's contract
 * (lib/actions/action-client: parse with the form's schema, French messages,
 * unexpected errors logged with an id) without its authentication step.
 */
async function setPassword(
  purpose: AccountTokenPurpose,
  input: unknown,
): Promise<ActionResult<{ email: string }>> {
  const parsed = parseInput(setPasswordSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      formError: "Certaines informations sont invalides.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    const result = await setPasswordWithinLimit(
      await getDb(),
      { token: parsed.data.token, purpose, password: parsed.data.password },
      await headers(),
    );
    if (!result.ok && result.reason === "limited") {
      return failure(tooManyAttemptsMessage(result.retryAfterSeconds));
    }
    if (!result.ok) return failure(TOKEN_FAILURE_MESSAGES[result.reason]);
    return { ok: true, data: { email: result.email } };
  } catch (error) {
    const id = crypto.randomUUID().slice(0, 8);
    console.error(`[action ${id}]`, error);
    return failure(
      `Une erreur inattendue est survenue (référence ${id}). Réessayez ou contactez l'assistance.`,
    );
  }
}

export async function acceptInvitationAction(input: unknown) {
  return setPassword(AccountTokenPurpose.INVITATION, input);
}

export async function resetPasswordAction(input: unknown) {
  return setPassword(AccountTokenPurpose.PASSWORD_RESET, input);
}
