import { Text, View } from "@react-pdf/renderer";
import { formatCalendarDay, formatDateTime } from "@/lib/dates/paris";
import { Fields, Heading, renderPdf, styles, t } from "@/lib/documents/pdf-parts";
import { ACTIVITY_KINDS, activityTotals, CAC_KIND } from "./activity-kinds";
import type { DocumentPage, DocumentView } from "./documents";
import { StagePdf } from "./pdf-frame";
import { STATE_LABELS } from "./state-machine";

const ROLE = {
  STAGIAIRE: "stagiaire",
  MASTER: "maître de stage",
  CO_MASTER: "co-maître de stage",
  CONTROLLER: "contrôleur de stage",
  COUNCIL: "conseil régional",
} as const;

/**
 * A document of the stage with its visa trail, to file with the regional
 * council: the latest version transmitted (or the draft), then every
 * decision with its author, date and observations.
 */
export async function renderInternshipDocumentPdf(
  page: DocumentPage & { document: DocumentView },
): Promise<Buffer> {
  const { document, dossier, label, obligation } = page;
  const latest = document.versions[0] ?? null;
  const body = latest?.body ?? (latest ? null : document.draftBody);
  const hours = latest?.hours ?? (document.kind === "ACTIVITY_SHEET" ? document.draftHours : null);
  const masters = dossier.supervisions
    .map((s) => `${s.user.firstName} ${s.user.lastName} (${s.firmName})`)
    .join(", ");
  const title = `${label} — ${dossier.stagiaireName}`;
  return renderPdf(
    <StagePdf
      title={title}
      councilName={dossier.council.name}
      heading={label}
      subtitle={`Stage d'expertise comptable de ${dossier.stagiaireName}`}
    >
      <Fields
        items={[
          ["Stagiaire :", dossier.stagiaireName],
          ["Maître(s) de stage :", masters],
          ["Année du stage :", String(document.year)],
          [
            "Période couverte :",
            `du ${formatCalendarDay(document.periodStart)} au ${formatCalendarDay(document.periodEnd)}`,
          ],
          ["À remettre avant le :", formatCalendarDay(obligation.due)],
          ["État :", STATE_LABELS[document.state]],
          [
            "Version :",
            latest
              ? `${latest.version}, transmise le ${formatDateTime(latest.createdAt)}`
              : "brouillon, pas encore transmis",
          ],
          ["Fichier joint :", latest?.fileName ?? null],
        ]}
      />
      {hours ? (
        <View>
          <Heading>Heures par nature de travaux</Heading>
          <Text>
            {[...ACTIVITY_KINDS, CAC_KIND]
              .map((k) => `${t(k.label)} : ${hours[k.key] ?? 0} h`)
              .join("\n")}
          </Text>
          <Text style={styles.bold}>
            {t(
              `Total expertise comptable : ${activityTotals(hours).general} h · Commissariat aux comptes : ${activityTotals(hours).cac} h`,
            )}
          </Text>
        </View>
      ) : null}
      {body ? (
        <View>
          <Heading>Texte</Heading>
          <Text>{t(body)}</Text>
        </View>
      ) : null}
      <Heading>Visas et observations</Heading>
      {document.reviews.length === 0 ? (
        <Text style={styles.muted}>Aucun visa pour l&apos;instant.</Text>
      ) : (
        document.reviews.map((r) => (
          <View key={r.id} style={styles.box} wrap={false}>
            <Text style={styles.bold}>
              {t(
                `${STATE_LABELS[r.toState]}${r.version ? ` (version ${r.version.version})` : ""} — ${r.user.firstName} ${r.user.lastName}, ${ROLE[r.role]}, le ${formatDateTime(r.at)}`,
              )}
            </Text>
            {r.comment ? <Text>{t(r.comment)}</Text> : null}
          </View>
        ))
      )}
    </StagePdf>,
  );
}
