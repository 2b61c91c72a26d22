import type { Metadata } from "next";
import { headers } from "next/headers";
import { AccountPage, LinkFailure } from "@/components/auth/account-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkLinkWithinLimit, linkFailureMessage } from "@/lib/accounts/link-limits";
import { getDb } from "@/lib/db";

// The token is in the address: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Activer mon compte", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const link = await checkLinkWithinLimit(await getDb(), token, "INVITATION", await headers());
  if (link.state !== "valid") {
    return (
      <AccountPage title="Activer mon compte">
        <LinkFailure message={linkFailureMessage(link)} />
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
