import { Image, Link, Text, View } from "@react-pdf/renderer";
import { Document, Page } from "@react-pdf/renderer";
import { formatCalendarDay, formatDateTime } from "@/lib/dates/paris";
import { displayUrl, Fields, renderPdf, styles, t } from "@/lib/documents/pdf-parts";
import { qrCodePng } from "@/lib/documents/qr-code";
import type { AttestationData } from "./attestation";

/**
 * The attestation de fin de stage: issued by the regional council on the
 * comité's proposal, valid six years (extendable by two), with its number and
 * the QR code of its public check.
 */
export async function renderAttestationPdf(data: AttestationData): Promise<Buffer> {
  const qrCode = await qrCodePng(data.verificationUrl);
  const title = `Attestation de fin de stage — ${data.stagiaireName}`;
  return renderPdf(
    <Document
      title={t(title)}
      author="Parcours"
      creator="Parcours"
      producer="Parcours"
      language="fr-FR"
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.small}>{t(data.councilName)}</Text>
        <Text style={styles.title}>ATTESTATION DE FIN DE STAGE</Text>
        <Text style={styles.subtitle}>{`N° ${data.number}`}</Text>
        <Text>
          {t(
            `Sur proposition du comité régional du stage, le conseil régional de l'Ordre des experts-comptables atteste que :`,
          )}
        </Text>
        <View style={[styles.box, { alignItems: "center" }]}>
          <Text style={[styles.bold, { fontSize: 13 }]}>{t(data.stagiaireName)}</Text>
        </View>
        <Text>
          {t("a accompli le stage d'expertise comptable (décret n° 2012-432, art. 67 à 77).")}
        </Text>
        <Fields
          items={[
            ["Stage :", data.variantLabel],
            ["Début du stage :", formatCalendarDay(data.startDate)],
            ["Fin du stage :", formatCalendarDay(data.theoreticalEnd)],
            ["Délivrée le :", formatCalendarDay(data.issuedOn)],
            [
              "Valable jusqu'au :",
              `${formatCalendarDay(data.validUntil)}${data.extended ? " (prolongée de deux ans)" : ""}`,
            ],
          ]}
        />
        <View style={[styles.box, { width: 280, flexDirection: "row" }]}>
          {/* react-pdf's Image takes no alt text: the words beside it say what the code opens. */}
          {/* eslint-disable-next-line jsx-a11y/alt-text */}
          <Image src={qrCode} style={{ width: 72, height: 72 }} />
          <View style={{ flex: 1, paddingLeft: 8 }}>
            <Text style={[styles.small, styles.bold]}>Vérifier cette attestation</Text>
            <Text style={styles.small}>{"Scannez le code QR ou ouvrez l'adresse\u00a0:"}</Text>
            <Link src={data.verificationUrl} style={styles.small}>
              {`${displayUrl(data.verificationUrl.slice(0, -data.number.length), 36)}\n${data.number}`}
            </Link>
          </View>
        </View>
        <Text style={styles.footer} fixed>
          {t(`Édité par Parcours le ${formatDateTime(new Date())}`)}
        </Text>
      </Page>
    </Document>,
  );
}
