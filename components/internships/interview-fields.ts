import type { FieldSpec } from "./end-of-stage-form";

/** The fields of a proposed interview date, shared by both sides. */
export const INTERVIEW_SLOT_FIELDS: readonly FieldSpec[] = [
  { name: "scheduledAt", label: "Date et heure (heure de Paris)", type: "datetime-local" },
  { name: "place", label: "Lieu", type: "text", hint: "Ou un lien de visioconférence ci-dessous." },
  { name: "videoLink", label: "Lien de visioconférence", type: "url" },
  { name: "message", label: "Message (facultatif)", type: "textarea" },
];
