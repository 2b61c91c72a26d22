import type { Metadata } from "next";
import { headers } from "next/headers";
import { AccountPage, LinkFailure } from "@/components/auth/account-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkLinkWithinLimit, linkFailureMessage } from "@/lib/accounts/link-limits";
import { getDb } from "@/lib/db";

// The token is in the address: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await checkLinkWithinLimit(await getDb(), token, "PASSWORD_RESET", await headers());
  return (
    <AccountPage
      title="Nouveau mot de passe"
      intro={link.state === "valid" ? <p>Compte {link.email}</p> : undefined}
    >
      {link.state === "valid" ? (
        <SetPasswordForm token={token} purpose="reset" />
      ) : (
        <LinkFailure message={linkFailureMessage(link)} />
      )}
    </AccountPage>
  );
}
