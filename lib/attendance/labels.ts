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
