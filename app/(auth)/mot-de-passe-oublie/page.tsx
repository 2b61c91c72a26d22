import type { Metadata } from "next";
import Link from "next/link";
import { AccountPage } from "@/components/auth/account-page";
import { ResetRequestForm } from "@/components/auth/reset-request-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgottenPasswordPage() {
  return (
    <AccountPage
      title="Mot de passe oublié"
      intro={
        <p>
          Saisissez l&apos;adresse e-mail de votre compte : nous vous enverrons un lien pour choisir
          un nouveau mot de passe.
        </p>
      }
    >
      <ResetRequestForm />
      <p className="mt-4 text-sm">
        <Link href="/connexion" className="font-semibold text-brand-800 underline">
          Retour à la connexion
        </Link>
      </p>
    </AccountPage>
  );
}
