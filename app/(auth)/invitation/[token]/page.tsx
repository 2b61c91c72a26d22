import type { Metadata } from "next";
import { AccountPage, LinkFailure } from "@/components/auth/account-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkAccountToken, TOKEN_FAILURE_MESSAGES } from "@/lib/auth/account-tokens";
import { getDb } from "@/lib/db";

// The token is in the address: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Activer mon compte", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const link = await checkAccountToken(await getDb(), token, "INVITATION");
  if (link.state !== "valid") {
    return (
      <AccountPage title="Activer mon compte">
        <LinkFailure message={TOKEN_FAILURE_MESSAGES[link.state]} />
      </AccountPage>
    );
  }
  return (
    <AccountPage
      title="Activer mon compte"
      intro={
        <p>
          Bienvenue {link.firstName}. Choisissez le mot de passe de votre compte{" "}
          <strong>{link.email}</strong> : il est individuel et nominatif.
        </p>
      }
    >
      <SetPasswordForm token={token} purpose="invitation" />
    </AccountPage>
  );
}
