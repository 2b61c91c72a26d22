import { formatCalendarDay } from "@/lib/dates/paris";
import type { Dossier } from "@/lib/internships/dossier";
import { addedMonths } from "@/lib/internships/end-rules";
import { finalPackageComplete } from "@/lib/internships/obligations";
import { buttonClass } from "@/components/ui/button-class";

/** "Mon stage": the final package, the months added to the stage, the attestation de fin de stage. */
export function EndOfStageSummary({ dossier }: { dossier: Dossier }) {
  const complete = finalPackageComplete(dossier.obligations);
  const added = addedMonths(dossier);
  const a = dossier.attestation;
  return (
    <section
      aria-labelledby="fin-de-stage"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="fin-de-stage" className="text-xl font-semibold">
        Fin de stage
      </h2>
      <p>
        {complete
          ? "Dossier final complet : toutes vos obligations sont validées."
          : "Dossier final incomplet : des obligations restent à valider."}
      </p>
      {added > 0 ? (
        <p>
          {`${added} mois ajoutés à la durée de votre stage (documents remis en retard ou mois invalidés par le comité).`}
        </p>
      ) : null}
      {a ? (
        <div className="flex flex-col gap-2">
          <p>
            Attestation de fin de stage n° <strong>{a.number}</strong>, délivrée le{" "}
            {formatCalendarDay(a.issuedOn)}.
          </p>
          <p>
            <strong>Valable jusqu&apos;au {formatCalendarDay(a.validUntil)}</strong>
            {a.extendedAt ? " (validité prolongée de deux ans)" : ""}.
          </p>
          <a
            href={`/stage/attestation/${a.number}`}
            className={`${buttonClass("primary")} self-start`}
          >
            Télécharger l&apos;attestation de fin de stage (PDF)
          </a>
        </div>
      ) : null}
    </section>
  );
}
