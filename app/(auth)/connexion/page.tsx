import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SiteFooter } from "@/components/layout/site-footer";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getViewer } from "@/lib/auth/viewer";
import { SITE } from "@/lib/site";

export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnPath = safeReturnPath(query.callbackUrl);
  if (await getViewer()) redirect(returnPath);
  // Where the erasure lands (components/privacy/erase-account-form): say it is done.
  const erased = query.compte === "anonymise";
  return (
    <>
      <main id="contenu" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
        <div className="flex flex-col gap-2">
          <p className="text-lg font-bold text-brand-800">{SITE.name}</p>
          <PageHeader title="Connexion">
            <p className="text-sm text-ink-muted">
              Votre compte est individuel et nominatif. Il est ouvert par votre cabinet ou votre
              organisme de formation lors de votre première inscription.
            </p>
          </PageHeader>
        </div>
        {erased ? (
          <p role="status" className="rounded-md border border-green-700 bg-white p-3">
            Vos données personnelles ont été effacées et votre compte est fermé. Les pièces que la
            loi impose de conserver (attestations, émargements, factures) ne portent plus votre nom,
            sauf les factures déjà émises.
          </p>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm returnPath={returnPath} />
          <p className="mt-4 text-sm">
            <Link href="/mot-de-passe-oublie" className="underline">
              Mot de passe oublié ?
            </Link>
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
