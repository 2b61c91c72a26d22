import { getViewer, type ParticipantViewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/dates/paris";
import { toCsv } from "@/lib/http/csv";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { MODALITY_LABELS } from "@/lib/format/labels";
import { getTrainingRecord } from "@/lib/sessions/training-record";

/** "Mon parcours" as CSV, for the participant's own records or their professional body. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer?.participantId) return notFoundResponse();
  const record = await getTrainingRecord(viewer as ParticipantViewer);
  const csv = toCsv(
    ["Date de fin", "Formation", "Organisme", "Modalité", "Durée (heures)", "Attestation"],
    record.lines.map((l) => [
      formatDate(l.endedAt),
      l.title,
      l.organizationName,
      MODALITY_LABELS[l.modality],
      (l.durationMinutes / 60).toLocaleString("fr-FR", { maximumFractionDigits: 2 }),
      l.certificateNumber,
    ]),
  );
  return fileResponse(csv, {
    fileName: "mon-parcours.csv",
    contentType: "text/csv; charset=utf-8",
  });
}
