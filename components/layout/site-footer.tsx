import Link from "next/link";
import { SITE } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:justify-between">
        <section aria-labelledby="assistance-title">
          <h2 id="assistance-title" className="font-semibold text-ink">
            Assistance
          </h2>
          <p>
            <a className="underline" href={`tel:${SITE.supportPhone.replace(/\s/g, "")}`}>
              {SITE.supportPhone}
            </a>
            {" · "}
            <a className="underline" href={`mailto:${SITE.supportEmail}`}>
              {SITE.supportEmail}
            </a>
          </p>
          <p>{SITE.supportHours}</p>
        </section>
        <nav aria-label="Informations légales" className="flex gap-4">
          <Link className="underline" href="/confidentialite">
            Confidentialité
          </Link>
          <Link className="underline" href="/mentions-legales">
            Mentions légales
          </Link>
        </nav>
      </div>
    </footer>
  );
}
