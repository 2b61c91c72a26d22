"use server";

import { publicAction } from "@/lib/actions/action-client";
import { failure, type ActionResult } from "@/lib/actions/result";
import { getDb } from "@/lib/db";
import { AccountTokenPurpose } from "@/lib/db/generated/enums";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";
import { requestPasswordReset } from "./invitations";
import { linkWait, resetRequestWait, setPasswordWithinLimit } from "./link-limits";
import { RESET_REQUESTED, resetRequestSchema, setPasswordSchema } from "./schemas";
import { TOKEN_FAILURE_MESSAGES } from "./tokens";

/*
 * The only server actions of the product a signed-out person may call: the
 * link's token is their credential. They go through the one door's public
 * client (publicAction: the form's schema, French messages, unexpected errors
 * logged with an id), with the address's rate limit in place of a session.
 */
function setPassword(purpose: AccountTokenPurpose) {
  return publicAction(
    setPasswordSchema,
    async (input, headers): Promise<ActionResult<{ email: string }>> => {
      // Checked again as the token is tried, since that is when an unknown one counts.
      const result = await setPasswordWithinLimit(
        await getDb(),
        { token: input.token, purpose, password: input.password },
        headers,
      );
      if (!result.ok && result.reason === "limited") {
        return failure(tooManyAttemptsMessage(result.retryAfterSeconds));
      }
      if (!result.ok) return failure(TOKEN_FAILURE_MESSAGES[result.reason]);
      return { ok: true, data: { email: result.email } };
    },
    { limit: (_input, headers) => linkWait(headers) },
  );
}

export const acceptInvitationAction = setPassword(AccountTokenPurpose.INVITATION);

export const resetPasswordAction = setPassword(AccountTokenPurpose.PASSWORD_RESET);

/**
 * The same answer whether the e-mail has an account or not, and even on an
 * internal error (logged with an id), so that the form cannot be used to find
 * out who has an account. Too many requests (per e-mail, known or not, and per
 * address) are refused with the wait.
 */
export const requestPasswordResetAction = publicAction(
  resetRequestSchema,
  async (input): Promise<ActionResult<string>> => {
    await requestPasswordReset(await getDb(), input.email);
    return { ok: true, data: RESET_REQUESTED };
  },
  {
    limit: (input, headers) => resetRequestWait(input.email, headers),
    invalidInput: "Adresse e-mail invalide.",
    whenFailed: () => ({ ok: true, data: RESET_REQUESTED }),
    label: "réinitialisation",
  },
);
