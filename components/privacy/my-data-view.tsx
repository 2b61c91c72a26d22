import Link from "next/link";
import { buttonClass } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { SITE } from "@/lib/site";
import { EraseAccountForm } from "./erase-account-form";

/** "Mes données": download everything (GDPR art. 15, 20), or erase (art. 17). */
export function MyDataView({ erasureBlocker }: { erasureBlocker: string | null }) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Mes données" />
      <p>
        Vous pouvez obtenir une copie de toutes les données personnelles que {SITE.name} détient sur
        vous, ou demander leur effacement. La{" "}
        <Link href="/confidentialite" className="underline">
          politique de confidentialité
        </Link>{" "}
        explique pourquoi nous les traitons et combien de temps nous les gardons.
      </p>

      <section aria-labelledby="export-title" className="flex flex-col gap-2">
        <h2 id="export-title" className="text-xl font-semibold">
          Télécharger mes données
        </h2>
        <p>
          Un fichier JSON, lisible par un programme : votre compte, vos inscriptions, émargements,
          réponses aux questionnaires, progression e-learning, attestations, commandes et factures,
          les messages qui vous ont été envoyés, et la liste de vos documents avec leur adresse de
          téléchargement.
        </p>
        {/* A plain link: the browser downloads the file (Content-Disposition). */}
        <a href="/mes-donnees/export" className={`${buttonClass("primary")} self-start`}>
          Télécharger mes données (JSON)
        </a>
      </section>

      <section aria-labelledby="erase-title" className="flex flex-col gap-2">
        <h2 id="erase-title" className="text-xl font-semibold">
          Supprimer mes données
        </h2>
        <p>
          Votre nom, votre adresse e-mail, votre téléphone, votre fonction, votre mot de passe, vos
          réponses écrites et vos questions sont effacés, et votre compte est fermé : vous ne
          pourrez plus vous connecter. La loi impose de conserver vos inscriptions, émargements,
          résultats d&apos;évaluation et attestations (6 ans) ainsi que vos factures (10 ans) : ils
          restent, rattachés à un participant anonyme. Une facture déjà émise garde le nom
          qu&apos;elle porte.
        </p>
        <p>
          Vos inscriptions à venir ne sont pas annulées : prévenez l&apos;organisme de formation si
          vous ne pourrez pas y assister. Téléchargez vos attestations avant de supprimer vos
          données ; l&apos;organisme pourra toujours en confirmer l&apos;authenticité.
        </p>
        {erasureBlocker ? (
          <p className="rounded-md border border-amber-700 bg-white p-3">{erasureBlocker}</p>
        ) : (
          <EraseAccountForm />
        )}
      </section>
    </div>
  );
}
