import type { Metadata } from "next";
import { SITE } from "@/lib/site";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <article className="flex flex-col gap-4">
      <PageHeader title="Mentions légales" />
      <p>
        {SITE.name} est un portail des participants à la formation professionnelle continue. Chaque
        organisme de formation reste responsable des sessions qu&apos;il organise, des documents
        qu&apos;il délivre et des données qu&apos;il traite.
      </p>
      <h2 className="text-xl font-semibold">Contact</h2>
      <p>
        Assistance : {SITE.supportPhone} ·{" "}
        <a className="underline" href={`mailto:${SITE.supportEmail}`}>
          {SITE.supportEmail}
        </a>{" "}
        — {SITE.supportHours}.
      </p>
      <h2 className="text-xl font-semibold">Accessibilité</h2>
      <p>
        Ce service vise la conformité au Référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA 4.1, niveau AA). Signalez-nous toute difficulté d&apos;accès à
        l&apos;adresse d&apos;assistance.
      </p>
    </article>
  );
}
