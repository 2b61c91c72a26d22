import type { Metadata } from "next";
import { SITE } from "@/lib/site";

export const metadata: Metadata = { title: "Confidentialité" };

const PROCESSINGS = [
  {
    purpose: "Gérer votre compte et vous authentifier",
    basis: "Exécution du contrat (art. 6.1.b RGPD)",
    retention: "Durée du compte, puis 3 ans après la dernière connexion",
  },
  {
    purpose: "Organiser vos formations : inscriptions, convocations, émargement, supports",
    basis: "Exécution du contrat et obligation légale (Code du travail, L6353-1 et suivants)",
    retention: "Durée de la formation, puis les durées légales ci-dessous",
  },
  {
    purpose: "Évaluer : tests de positionnement et de validation des acquis, satisfaction",
    basis: "Obligation légale et intérêt légitime de l'organisme (certification Qualiopi)",
    retention: "6 ans après la fin de la session (preuves d'audit Qualiopi)",
  },
  {
    purpose: "Délivrer et vérifier les attestations de formation",
    basis: "Obligation légale (L6353-1 du Code du travail)",
    retention: "6 ans après la fin de la session, pour les contrôles des financeurs",
  },
  {
    purpose: "Facturer et encaisser",
    basis: "Obligation légale (Code de commerce, L123-22)",
    retention: "10 ans après la clôture de l'exercice",
  },
  {
    purpose: "Sécurité du service : journal des actions, prévention des abus",
    basis: "Intérêt légitime",
    retention: "1 an",
  },
];

export default function PrivacyPage() {
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Confidentialité et données personnelles</h1>
      <p>
        {SITE.name} traite vos données pour le compte de votre organisme de formation et, le cas
        échéant, de votre cabinet. Votre accès est individuel et nominatif. Ce service respecte le
        Règlement général sur la protection des données (RGPD) et la loi Informatique et Libertés.
      </p>
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
          Vos droits
        </h2>
        <p>
          Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou leur
          portabilité, et vous opposer à certains traitements. L&apos;effacement anonymise vos
          données personnelles tout en conservant les pièces que la loi impose de garder
          (attestations, émargements, factures). Nous répondons dans un délai d&apos;un mois.
        </p>
        <p>
          Écrivez à{" "}
          <a className="underline" href={`mailto:${SITE.supportEmail}`}>
            {SITE.supportEmail}
          </a>
          . Vous pouvez aussi saisir la CNIL (www.cnil.fr).
        </p>
      </section>
      <section aria-labelledby="cookies" className="flex flex-col gap-2">
        <h2 id="cookies" className="text-xl font-semibold">
          Cookies
        </h2>
        <p>
          {SITE.name} n&apos;utilise que des cookies strictement nécessaires : la session de
          connexion et la protection contre la falsification de requêtes. Aucun cookie de mesure
          d&apos;audience ni de publicité.
        </p>
      </section>
    </article>
  );
}
