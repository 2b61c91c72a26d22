import type { Metadata } from "next";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Aucun espace" };

export default async function NoSpacePage() {
  const viewer = await requireViewer();
  return (
    <main id="contenu" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-12">
      <PageHeader title="Aucun espace ouvert" />
      <p>
        {viewer.firstName}, votre compte n&apos;est rattaché à aucun espace pour le moment. Votre
        espace participant s&apos;ouvre dès que votre cabinet ou un organisme vous inscrit à une
        formation.
      </p>
      <SignOutButton />
    </main>
  );
}
