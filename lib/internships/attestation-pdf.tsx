import { Text, View } from "@react-pdf/renderer";
import { formatCalendarDay } from "@/lib/dates/paris";
import { Fields, renderPdf, styles, t, VerificationBox } from "@/lib/documents/pdf-parts";
import { qrCodePng } from "@/lib/documents/qr-code";
import type { AttestationData } from "./attestation";
import { StagePdf } from "./pdf-frame";

/**
 * The attestation de fin de stage: issued by the regional council on the
 * comité's proposal, valid six years (extendable by two), with its number and
 * the QR code of its public check.
 */
export async function renderAttestationPdf(data: AttestationData): Promise<Buffer> {
  const qrCode = await qrCodePng(data.verificationUrl);
  const title = `Attestation de fin de stage — ${data.stagiaireName}`;
  return renderPdf(
    <StagePdf
      title={title}
      councilName={data.councilName}
      heading="ATTESTATION DE FIN DE STAGE"
      subtitle={`N° ${data.number}`}
    >
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
      <VerificationBox
        url={data.verificationUrl}
        number={data.number}
        qrCode={qrCode}
        width={280}
      />
    </StagePdf>,
  );
}
