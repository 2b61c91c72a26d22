import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { PageHeader } from "@/components/ui/page-header";
import { SITE } from "@/lib/site";

/** The frame of the signed-out account pages (invitation, reset), like /connexion. */
export function AccountPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      <main id="contenu" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
        <div className="flex flex-col gap-2">
          <p className="text-lg font-bold text-brand-800">{SITE.name}</p>
          <PageHeader title={title}>
            {intro ? <div className="text-sm text-ink-muted">{intro}</div> : null}
          </PageHeader>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </main>
      <SiteFooter />
    </>
  );
}

/** A used, expired or unknown link: said plainly, with the ways out. */
export function LinkFailure({ message }: { message: string }) {
  return (
    <div className="flex flex-col gap-4">
      <p
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800"
      >
        {message}
      </p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/connexion" className="font-semibold text-brand-800 underline">
          Se connecter
        </Link>
        <Link href="/mot-de-passe-oublie" className="font-semibold text-brand-800 underline">
          Mot de passe oublié
        </Link>
      </p>
    </div>
  );
}
