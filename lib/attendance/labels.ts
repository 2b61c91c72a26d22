import { formatDateTime } from "@/lib/dates/paris";
import type { AttendanceMethod, AttendanceStatus } from "@/lib/db/generated/enums";

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Présent",
  ABSENT: "Absent",
  LATE: "En retard",
  EXCUSED: "Excusé",
};

export const ATTENDANCE_METHOD_LABELS: Record<AttendanceMethod, string> = {
  SELF: "Signature du participant",
  TRAINER: "Relevé du formateur",
  ORGANIZATION: "Relevé de l'organisme",
  JOIN_LOG: "Journal de connexion",
};

/**
 * What a sheet shows under a participant's name as the evidence of a mark:
 * how it was recorded and when ("Signature du participant, 07/12/2026 09:02"),
 * or the virtual class's join log when there is no mark yet.
 */
export function markEvidence(
  mark: { method: AttendanceMethod; signedAt: Date | null } | undefined,
  joinedDuringSlot: boolean,
): string | null {
  if (mark) {
    return `${ATTENDANCE_METHOD_LABELS[mark.method]}${mark.signedAt ? `, ${formatDateTime(mark.signedAt)}` : ""}`;
  }
  return joinedDuringSlot
    ? "Connecté(e) à la classe virtuelle pendant la séance (journal de connexion)"
    : null;
}
