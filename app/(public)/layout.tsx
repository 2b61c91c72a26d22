import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { SITE } from "@/lib/site";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-3">
          <Link href="/" className="text-lg font-bold text-brand-800">
            {SITE.name}
          </Link>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-3xl px-4 py-8 leading-relaxed">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
