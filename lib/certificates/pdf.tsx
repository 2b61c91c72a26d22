import { Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { MODALITY_LABELS } from "@/lib/format/labels";
import type { CertificateData } from "./certificate";
import { formatDurationFr } from "@/lib/documents/convocation-pdf";
import {
  A4Document,
  Bullets,
  Fields,
  Heading,
  VerificationBox,
  renderPdf,
  styles,
  t,
} from "@/lib/documents/pdf-parts";
import { qrCodePng } from "@/lib/documents/qr-code";

/** Article L6313-1 names the kinds of action; Parcours sessions are all "actions de formation". */
const NATURE = "Action de formation (article L6313-1 du Code du travail)";

const percent = (score: number, max: number) => Math.round((score * 100) / max);

function assessmentText(assessment: NonNullable<CertificateData["assessment"]>): string {
  if (assessment.state === "not-taken") return "Test de validation des acquis non réalisé.";
  const { score, maxScore, passPercent } = assessment;
  const result = `Test de validation des acquis : ${score}/${maxScore} (${percent(score, maxScore)} %)`;
  if (passPercent === null) return `${result}.`;
  const passed = score * 100 >= passPercent * maxScore;
  return `${result}, ${passed ? "acquis" : "non acquis"} (seuil de réussite : ${passPercent} %).`;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;

function attendanceText(a: NonNullable<CertificateData["attendance"]>): string {
  return `${formatHours(a.attendedMinutes)} suivies (${plural(a.presentSlots, "séance")} sur ${a.totalSlots}, feuilles d'émargement)`;
}

function unitsText(e: NonNullable<CertificateData["elearning"]>): string {
  return `${plural(e.completedUnits, "unité")} sur ${e.totalUnits} ${e.completedUnits > 1 ? "terminées" : "terminée"}`;
}

export function CertificateDocument({ data, qrCode }: { data: CertificateData; qrCode: string }) {
  const { organization: o, course } = data;
  return (
    <A4Document title={`Attestation de formation - ${course.title}`} organization={o}>
      <Text style={styles.title}>ATTESTATION DE FORMATION</Text>
      <Text style={styles.subtitle}>{`N° ${data.number}`}</Text>

      <Text>
        {t(
          `Je soussigné(e), ${o.signatoryName}, ${o.signatoryTitle} de l'organisme de formation ${o.legalName}, atteste que :`,
        )}
      </Text>
      <View style={[styles.box, { alignItems: "center" }]}>
        <Text style={[styles.bold, { fontSize: 13 }]}>{t(data.participant.fullName)}</Text>
        {data.participant.companyName ? (
          <Text style={styles.muted}>{t(data.participant.companyName)}</Text>
        ) : null}
      </View>
      <Text style={{ marginTop: 8 }}>a suivi l&apos;action de formation suivante :</Text>

      <Heading>Formation</Heading>
      <Fields
        items={[
          ["Intitulé :", course.title],
          ["Réf. session :", data.reference],
          ["Nature de l'action :", NATURE],
          ["Modalité :", MODALITY_LABELS[course.modality]],
          [data.dates.includes(",") ? "Dates :" : "Date :", data.dates],
          ["Durée :", formatDurationFr(course.durationMinutes, course.durationDays)],
          ["Présence :", data.attendance ? attendanceText(data.attendance) : null],
          ["Module e-learning :", data.elearning ? unitsText(data.elearning) : null],
        ]}
      />

      <Heading>Objectifs de la formation</Heading>
      <Bullets items={course.objectives} />

      {data.assessment ? (
        <View wrap={false}>
          <Heading>Résultat de l&apos;évaluation des acquis</Heading>
          <Text>{assessmentText(data.assessment)}</Text>
        </View>
      ) : null}

      <View style={{ flexDirection: "row", marginTop: 18 }} wrap={false}>
        <View style={{ flex: 1, paddingRight: 12 }}>
          <Text>{t(`Fait à ${o.city}, le ${formatDate(data.issuedAt)}`)}</Text>
          <Text style={[styles.bold, { marginTop: 10 }]}>{t(o.signatoryName)}</Text>
          <Text>{t(`${o.signatoryTitle}, ${o.name}`)}</Text>
          <View
            style={{
              marginTop: 6,
              height: 40,
              width: 170,
              borderBottomWidth: 1,
              borderColor: "#d6e4f5",
            }}
          />
          <Text style={styles.small}>Signature</Text>
        </View>
        <VerificationBox
          url={data.verificationUrl}
          number={data.number}
          qrCode={qrCode}
          width={250}
        />
      </View>
    </A4Document>
  );
}

export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const qrCode = await qrCodePng(data.verificationUrl);
  return renderPdf(<CertificateDocument data={data} qrCode={qrCode} />);
}
