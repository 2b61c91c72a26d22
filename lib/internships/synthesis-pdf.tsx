import { Text, View } from "@react-pdf/renderer";
import { formatCalendarDay, formatDateTime } from "@/lib/dates/paris";
import { Fields, Heading, renderPdf, t } from "@/lib/documents/pdf-parts";
import type { EndOfStage } from "./decision";
import { VARIANT_LABELS } from "./dossier";
import { StagePdf } from "./pdf-frame";
import { OBLIGATION_STATUS_LABELS } from "./obligations";

/**
 * The fiche générale de synthèse, for the council's comité du stage: the
 * stage, its people, every obligation year by year (from the validated
 * documents and the training record), the documents recorded late, and the
 * contrôleur's general appreciation.
 */
export async function renderSynthesisPdf(end: EndOfStage): Promise<Buffer> {
  const { dossier, synthesis } = end;
  const people = (list: { user: { firstName: string; lastName: string } }[]) =>
    list.map((p) => `${p.user.firstName} ${p.user.lastName}`).join(", ");
  const title = `Fiche générale de synthèse — ${dossier.stagiaireName}`;
  return renderPdf(
    <StagePdf
      title={title}
      councilName={dossier.council.name}
      heading="Fiche générale de synthèse"
      subtitle={`Stage d'expertise comptable de ${dossier.stagiaireName}`}
    >
      <Fields
        items={[
          ["Stagiaire :", dossier.stagiaireName],
          ["Stage :", VARIANT_LABELS[dossier.variant]],
          ["Début :", formatCalendarDay(dossier.startDate)],
          ["Fin théorique :", formatCalendarDay(dossier.calendar.theoreticalEnd)],
          ["Maître(s) de stage :", people(dossier.supervisions)],
          ["Contrôleur(s) de stage :", people(dossier.controls)],
          [
            "Envoyée au comité du stage :",
            synthesis
              ? `le ${formatDateTime(synthesis.sentAt)} par ${synthesis.byName}`
              : "pas encore envoyée",
          ],
        ]}
      />
      {Array.from({ length: dossier.calendar.years }, (_, i) => i + 1).map((year) => (
        <View key={year}>
          <Heading>{`Année ${year}`}</Heading>
          <Text>
            {dossier.obligations
              .filter((o) => o.year === year)
              .map((o) => {
                const progress = o.progress
                  ? ` (${String(o.progress.done).replace(".", ",")} sur ${o.progress.required})`
                  : "";
                return t(
                  `${o.label}${progress} : ${OBLIGATION_STATUS_LABELS[o.status]} — échéance ${formatCalendarDay(o.due)}`,
                );
              })
              .join("\n")}
          </Text>
        </View>
      ))}
      <Heading>Documents remis en retard</Heading>
      <Text>
        {end.penalties.length
          ? end.penalties
              .map((p) => t(`${p.label} : ${p.months} mois ajoutés à la durée du stage`))
              .join("\n")
          : "Aucun."}
      </Text>
      <Heading>Appréciation générale du contrôleur de stage</Heading>
      <Text>{synthesis ? t(synthesis.appreciation) : "À rédiger lors de l'envoi au comité."}</Text>
    </StagePdf>,
  );
}
