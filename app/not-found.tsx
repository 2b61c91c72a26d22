import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-12">
      <PageHeader title="Page introuvable" />
      <p>Cette page n&apos;existe pas ou vous n&apos;y avez pas accès.</p>
      <Link href="/" className="underline">
        Revenir à l&apos;accueil
      </Link>
    </main>
  );
}
