"use server";

import crypto from "node:crypto";
import { setPasswordSchema } from "@/components/auth/account-schemas";
import { failure, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { setPasswordWithToken, TOKEN_FAILURE_MESSAGES } from "@/lib/auth/account-tokens";
import { getDb } from "@/lib/db";
import { AccountTokenPurpose } from "@/lib/db/generated/enums";

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
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      formError: "Certaines informations sont invalides.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    const result = await setPasswordWithToken(await getDb(), {
      token: parsed.data.token,
      purpose,
      password: parsed.data.password,
    });
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
