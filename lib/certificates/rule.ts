import { formatDate } from "@/lib/dates/paris";
import type {
  AttendanceStatus,
  CertificateRule,
  Modality,
  RegistrationStatus,
  SessionStatus,
} from "@/lib/db/generated/enums";
import { formatInstant } from "@/lib/questionnaires/windows";

/**
 * When the attestation de formation may be issued: after the session, when the
 * session's rule holds (guide rule 11; Code du travail D6353-4 for what proves
 * attendance). Pure, so that the details page and the download route give the
 * same answer from the same data, and the tests run it on a fixed clock.
 */
export type CertificateRuleInput = {
  registrationStatus: RegistrationStatus;
  session: {
    status: SessionStatus;
    modality: Modality;
    endsAt: Date;
    rule: CertificateRule;
    minAttendancePercent: number;
    passPercent: number;
  };
  /** One entry per slot of the session: the attendance recorded for it, or null. */
  slots: readonly { attendance: AttendanceStatus | null }[];
  validation: {
    /** The programme planned a knowledge validation test (the session's or the course's). */
    planned: boolean;
    /** When the test closes (null: it does not). */
    closesAt: Date | null;
    /** The submitted response's score; null while not submitted. */
    result: { score: number; maxScore: number } | null;
  };
  /** The e-learning module's units (null when the course has none). */
  elearning: { totalUnits: number; completedUnits: number } | null;
  /** The certificate already issued for this registration, if any. */
  issued: { revoked: boolean } | null;
};

export type CertificateAvailability = { available: true } | { available: false; reason: string };

const ok: CertificateAvailability = { available: true };
const no = (reason: string): CertificateAvailability => ({ available: false, reason });

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
const percent = (part: number, whole: number) => Math.round((part * 100) / whole);

function attendanceHolds(input: CertificateRuleInput): CertificateAvailability {
  const { slots, session } = input;
  const total = slots.length;
  if (total === 0) {
    return no("Aucune séance n'est enregistrée pour cette session : contactez l'organisme.");
  }
  // Late arrival or early departure is still presence (the sheet records the times).
  const present = slots.filter((s) => s.attendance === "PRESENT" || s.attendance === "LATE").length;
  // Integer comparison: 2 of 3 slots against 67 % must not depend on rounding.
  if (present * 100 >= session.minAttendancePercent * total) return ok;
  const recorded = slots.filter((s) => s.attendance !== null).length;
  if (recorded === 0) {
    return no("Disponible dès que l'organisme aura enregistré votre présence (émargement).");
  }
  const stillPossible = (present + total - recorded) * 100 >= session.minAttendancePercent * total;
  if (stillPossible) {
    return no(
      `Disponible dès que l'organisme aura enregistré votre présence à toutes les séances (${recorded} sur ${total} enregistrées).`,
    );
  }
  return no(
    `Présence enregistrée à ${plural(present, "séance")} sur ${total} (${percent(present, total)} %) : l'attestation demande une présence d'au moins ${session.minAttendancePercent} %. Contactez l'organisme en cas d'erreur.`,
  );
}

function validationHolds(input: CertificateRuleInput, now: Date, mustPass: boolean) {
  const { validation, session } = input;
  if (!validation.result) {
    if (!validation.planned) {
      return no(
        "Disponible après la validation des acquis : le test n'est pas encore publié par l'organisme.",
      );
    }
    if (validation.closesAt && now >= validation.closesAt) {
      return no(
        `Le test de validation des acquis n'a pas été complété avant sa clôture (${formatInstant(validation.closesAt)}) : contactez l'organisme.`,
      );
    }
    return no(
      `Disponible après la validation des acquis : répondez au test de validation des acquis${validation.closesAt ? ` (à compléter avant le ${formatInstant(validation.closesAt)})` : ""}.`,
    );
  }
  const { score, maxScore } = validation.result;
  // A test without scored questions cannot be failed.
  if (!mustPass || maxScore <= 0 || score * 100 >= session.passPercent * maxScore) return ok;
  return no(
    `Résultat du test de validation des acquis : ${score}/${maxScore} (${percent(score, maxScore)} %) ; l'attestation demande au moins ${session.passPercent} %.`,
  );
}

export function certificateAvailability(
  input: CertificateRuleInput,
  now: Date,
): CertificateAvailability {
  if (input.registrationStatus !== "CONFIRMED") {
    return no("Réservée aux inscriptions confirmées.");
  }
  // Once issued, a certificate stays what it was (its number is public); the
  // organization withdraws it by revoking it, not by changing the data under it.
  if (input.issued) {
    return input.issued.revoked
      ? no("Votre attestation a été révoquée par l'organisme de formation : contactez-le.")
      : ok;
  }
  const { session } = input;
  if (session.status === "CANCELLED") {
    return no("Session annulée : aucune attestation n'est délivrée.");
  }
  if (session.rule === "ELEARNING_COMPLETED") {
    // The learner's own pace ends the training: the certificate follows the
    // last unit, not the close of the access window.
    const units = input.elearning;
    if (units && units.totalUnits > 0 && units.completedUnits >= units.totalUnits) return ok;
    return no(
      units && units.totalUnits > 0
        ? `Disponible quand toutes les unités du module e-learning seront terminées (${units.completedUnits} sur ${units.totalUnits} terminées).`
        : "Disponible quand toutes les unités du module e-learning seront terminées.",
    );
  }
  if (now < session.endsAt) {
    const after =
      session.rule === "ATTENDANCE"
        ? ""
        : session.rule === "ATTENDANCE_AND_VALIDATION_TEST"
          ? ", selon votre présence et la validation des acquis"
          : " et la validation des acquis";
    return no(`Disponible après la session (fin le ${formatDate(session.endsAt)})${after}.`);
  }
  switch (session.rule) {
    case "ATTENDANCE":
      return attendanceHolds(input);
    case "VALIDATION_TEST_COMPLETED":
      return validationHolds(input, now, false);
    case "VALIDATION_TEST_PASSED":
      return validationHolds(input, now, true);
    case "ATTENDANCE_AND_VALIDATION_TEST": {
      const attendance = attendanceHolds(input);
      return attendance.available ? validationHolds(input, now, false) : attendance;
    }
  }
}
