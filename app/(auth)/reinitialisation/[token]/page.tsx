import type { Metadata } from "next";
import { AccountPage, LinkFailure } from "@/components/auth/account-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkAccountToken, TOKEN_FAILURE_MESSAGES } from "@/lib/auth/account-tokens";
import { getDb } from "@/lib/db";

// The token is in the address: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await checkAccountToken(await getDb(), token, "PASSWORD_RESET");
  return (
    <AccountPage
      title="Nouveau mot de passe"
      intro={link.state === "valid" ? <p>Compte {link.email}</p> : undefined}
    >
      {link.state === "valid" ? (
        <SetPasswordForm token={token} purpose="reset" />
      ) : (
        <LinkFailure message={TOKEN_FAILURE_MESSAGES[link.state]} />
      )}
    </AccountPage>
  );
}
