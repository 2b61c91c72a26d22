import Link from "next/link";
import { PROCESSINGS } from "@/lib/privacy/notice";
import { SITE } from "@/lib/site";
import { PageHeader } from "@/components/ui/page-header";

/** The privacy notice (GDPR art. 13): who, why, on which basis, how long, and the rights. */
export function PrivacyNotice() {
  return (
    <article className="flex flex-col gap-6">
      <PageHeader title="Confidentialité et données personnelles" />
      <p>
        {SITE.name} traite vos données pour le compte de votre organisme de formation et, le cas
        échéant, de votre cabinet, qui sont responsables de leurs traitements. Votre accès est
        individuel et nominatif. Ce service respecte le Règlement général sur la protection des
        données (RGPD) et la loi Informatique et Libertés.
      </p>

      <section aria-labelledby="donnees" className="flex flex-col gap-2">
        <h2 id="donnees" className="text-xl font-semibold">
          Données traitées et destinataires
        </h2>
        <p>
          Votre identité (nom, prénom, adresse e-mail, téléphone et fonction le cas échéant), votre
          cabinet, vos inscriptions, votre présence aux séances, vos connexions aux classes
          virtuelles, votre progression e-learning, vos réponses aux questionnaires et leurs scores,
          vos questions aux formateurs, vos attestations, commandes et factures.
        </p>
        <p>
          Elles sont communiquées à l&apos;organisme de formation qui organise chacune de vos
          sessions et, si vous êtes collaborateur d&apos;un cabinet, aux personnes de ce cabinet
          habilitées à suivre les formations de ses collaborateurs. Aucune donnée n&apos;est vendue
          ni utilisée à des fins publicitaires.
        </p>
      </section>

      <section aria-labelledby="traitements" className="flex flex-col gap-3">
        <h2 id="traitements" className="text-xl font-semibold">
          Finalités, bases légales et durées de conservation
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Traitements de données personnelles</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Finalité
                </th>
                <th scope="col" className="py-2 pr-4">
                  Base légale
                </th>
                <th scope="col" className="py-2">
                  Conservation
                </th>
              </tr>
            </thead>
            <tbody>
              {PROCESSINGS.map((p) => (
                <tr key={p.purpose} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">{p.purpose}</td>
                  <td className="py-2 pr-4">{p.basis}</td>
                  <td className="py-2">{p.retention}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="droits" className="flex flex-col gap-2">
        <h2 id="droits" className="text-xl font-semibold">
          Vos droits et comment les exercer
        </h2>
        <p>
          Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou leur
          portabilité, demander la limitation d&apos;un traitement et vous opposer à ceux fondés sur
          l&apos;intérêt légitime.
        </p>
        <ul className="list-disc pl-6">
          <li>
            Une fois connecté, la page{" "}
            <Link href="/mes-donnees" className="underline">
              Mes données
            </Link>{" "}
            vous donne immédiatement une copie complète de vos données (fichier JSON, lisible par un
            programme) et vous permet de les effacer vous-même.
          </li>
          <li>
            L&apos;effacement anonymise vos données personnelles et ferme votre compte ; la loi
            impose de conserver les attestations, émargements, résultats d&apos;évaluation et
            factures, qui restent sans votre nom (sauf les factures déjà émises).
          </li>
          <li>
            Pour une rectification, une limitation, une opposition, ou si vous ne pouvez plus vous
            connecter, écrivez à{" "}
            <a className="underline" href={`mailto:${SITE.supportEmail}`}>
              {SITE.supportEmail}
            </a>{" "}
            ou appelez le {SITE.supportPhone} ({SITE.supportHours.toLowerCase()}). Nous répondons
            dans un délai d&apos;un mois.
          </li>
        </ul>
        <p>
          Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL
          (www.cnil.fr).
        </p>
      </section>

      <section aria-labelledby="cookies" className="flex flex-col gap-2">
        <h2 id="cookies" className="text-xl font-semibold">
          Cookies
        </h2>
        <p>
          {SITE.name} n&apos;utilise que des cookies strictement nécessaires : la session de
          connexion, la protection contre la falsification de requêtes et, pour un compte qui a
          plusieurs espaces, le nom du dernier espace ouvert (« parcours-dernier-espace », un an),
          pour y revenir à la connexion. Aucun cookie de mesure d&apos;audience ni de publicité.
        </p>
      </section>
    </article>
  );
}
