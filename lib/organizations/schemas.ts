import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";

/**
 * The back office's forms and the server actions that receive them share these
 * schemas (no "server-only": the browser validates with them too).
 */
const id = recordIdSchema;

export const decideRegistrationsSchema = z
  .object({
    sessionId: id,
    registrationIds: z
      .array(id)
      .min(1, "Sélectionnez au moins une inscription.")
      .max(500, "Traitez au plus 500 inscriptions à la fois."),
    decision: z.enum(["confirm", "refuse"]),
    reason: z.string().trim().max(500, "Le motif ne peut pas dépasser 500 caractères.").optional(),
  })
  .refine((v) => v.decision === "confirm" || (v.reason?.length ?? 0) >= 3, {
    path: ["reason"],
    message: "Indiquez le motif du refus : il sera communiqué au participant.",
  });
export type DecideRegistrationsInput = z.infer<typeof decideRegistrationsSchema>;

export const registerByEmailSchema = z.object({
  sessionId: id,
  email: z.string().trim().toLowerCase().email("Saisissez une adresse e-mail valide.").max(254),
  firstName: z.string().trim().min(1, "Saisissez le prénom.").max(100),
  lastName: z.string().trim().min(1, "Saisissez le nom.").max(100),
});
export type RegisterByEmailInput = z.infer<typeof registerByEmailSchema>;

export const ATTENDANCE_CHOICES = ["PRESENT", "LATE", "ABSENT", "EXCUSED"] as const;

export const attendanceSchema = z.object({
  sessionId: id,
  slotId: id,
  marks: z
    .array(z.object({ registrationId: id, status: z.enum(ATTENDANCE_CHOICES) }))
    .min(1, "Aucune présence à enregistrer.")
    .max(1000),
});
export type AttendanceInput = z.infer<typeof attendanceSchema>;

export const CERTIFICATE_RULES = [
  "ATTENDANCE",
  "VALIDATION_TEST_COMPLETED",
  "VALIDATION_TEST_PASSED",
  "ATTENDANCE_AND_VALIDATION_TEST",
  "ELEARNING_COMPLETED",
] as const;

export const certificateRuleSchema = z.object({
  sessionId: id,
  rule: z.enum(CERTIFICATE_RULES),
  minAttendancePercent: z.coerce
    .number()
    .int("Saisissez un nombre entier.")
    .min(1, "Entre 1 et 100 %.")
    .max(100, "Entre 1 et 100 %."),
  passPercent: z.coerce
    .number()
    .int("Saisissez un nombre entier.")
    .min(0, "Entre 0 et 100 %.")
    .max(100, "Entre 0 et 100 %."),
});
export type CertificateRuleInput = z.infer<typeof certificateRuleSchema>;

export const MATERIAL_PHASES = ["BEFORE", "DURING", "AFTER"] as const;

/** The fields of a material; the file travels beside them in the FormData. */
export const materialSchema = z.object({
  sessionId: id,
  title: z.string().trim().min(2, "Saisissez un titre.").max(200),
  type: z.string().trim().min(2, "Saisissez le type (Diaporama, Guide…).").max(100),
  phase: z.enum(MATERIAL_PHASES),
  availableForDays: z
    .union([z.literal(""), z.coerce.number().int().min(1, "Au moins 1 jour.").max(3650)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  availableUntil: z
    .union([z.literal(""), z.iso.date("Date invalide.")])
    .optional()
    .transform((v) => (v ? v : null)),
});
export type MaterialInput = z.input<typeof materialSchema>;

export const materialVersionSchema = z.object({ sessionId: id, materialId: id });

export const answerQuestionSchema = z.object({
  questionId: id,
  answer: z
    .string()
    .trim()
    .min(5, "Votre réponse doit compter au moins 5 caractères.")
    .max(4000, "Votre réponse ne peut pas dépasser 4 000 caractères."),
});
export type AnswerQuestionInput = z.infer<typeof answerQuestionSchema>;

export const PAYMENT_METHODS = ["BANK_TRANSFER", "CARD", "CHEQUE", "DIRECT_DEBIT"] as const;

export const paymentSchema = z.object({
  invoiceId: id,
  /** Euros as typed ("1 250,50"); the server converts to cents. */
  amount: z
    .string()
    .trim()
    .regex(
      /^\d{1,3}( ?\d{3})*([.,]\d{1,2})?$|^\d+([.,]\d{1,2})?$/,
      "Montant invalide (ex. 1250,50).",
    ),
  method: z.enum(PAYMENT_METHODS),
  paidAt: z.iso.date("Date invalide."),
  reference: z.string().trim().max(200).optional(),
  idempotencyKey: z.string().max(200).optional(),
});
export type PaymentInput = z.infer<typeof paymentSchema>;

export function amountToCents(amount: string): number {
  const [euros, cents = ""] = amount.replace(/\s/g, "").replace(",", ".").split(".");
  return Number(euros) * 100 + Number(cents.padEnd(2, "0"));
}

const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Saisissez une date valide.")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "Cette date n'existe pas.");
const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Saisissez une heure au format hh:mm.");

/**
 * "Modifier la session": dates and times of each sitting, the place or the
 * join link (what a convocation states, Qualiopi indicator 9). The sittings
 * themselves (how many, their content and duration) belong to the programme.
 */
export const sessionLogisticsSchema = z
  .object({
    sessionId: id,
    /** "" for no venue (the place label then says where). */
    venueId: z.union([z.literal(""), id]),
    placeLabel: z.string().trim().max(200, "200 caractères au plus."),
    joinUrl: z
      .string()
      .trim()
      .max(500, "500 caractères au plus.")
      .refine(
        (value) => value === "" || /^https:\/\/[^\s]+\.[^\s]+$/.test(value),
        "Saisissez l'adresse complète du lien, commençant par https://.",
      ),
    slots: z
      .array(z.object({ slotId: id, date: calendarDay, startTime: timeOfDay, endTime: timeOfDay }))
      .max(200),
  })
  .superRefine((value, ctx) => {
    value.slots.forEach((slot, index) => {
      if (slot.endTime <= slot.startTime) {
        ctx.addIssue({
          code: "custom",
          path: ["slots", index, "endTime"],
          message: "L'heure de fin doit suivre l'heure de début.",
        });
      }
    });
  });
export type SessionLogisticsInput = z.infer<typeof sessionLogisticsSchema>;
