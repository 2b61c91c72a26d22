import type {
  AttendanceStatus,
  CertificateRule,
  Modality,
  RegistrationStatus,
  ResponseStatus,
  SessionStatus,
  UnitStatus,
} from "@/lib/db/generated/enums";
import type { QuestionnaireRef } from "@/lib/questionnaires/entry-points";
import {
  effectiveQuestionnaire,
  orderedQuestionnairesSelect,
  questionnaireResponseSelect,
} from "@/lib/questionnaires/resolve";
import { questionnaireWindow } from "@/lib/questionnaires/windows";
import type { CertificateRuleInput } from "./rule";

/**
 * What the certificate rule reads, as Prisma returns it, so that the session
 * details page and the certificate route each take it from the single query
 * they already make. The questionnaires and responses are those that
 * lib/questionnaires selects (questionnaireRefSelect, questionnaireResponseSelect):
 * the validation test and its window are resolved by the same functions.
 */
export type CertificateSource = {
  status: RegistrationStatus;
  attendance: readonly { slotId: string; status: AttendanceStatus }[];
  documents: readonly { revokedAt: Date | null }[];
  progress: readonly { unitId: string; status: UnitStatus }[];
  responses: readonly {
    questionnaireId: string;
    status: ResponseStatus;
    score: number | null;
    maxScore: number | null;
  }[];
  session: {
    status: SessionStatus;
    modality: Modality;
    startsAt: Date;
    endsAt: Date;
    certificateRule: CertificateRule;
    certificateMinAttendancePercent: number;
    validationPassPercent: number;
    validationTestOpenDays: number;
    slots: readonly { id: string }[];
    questionnaires: readonly QuestionnaireRef[];
    course: {
      questionnaires: readonly QuestionnaireRef[];
      elearning: { units: readonly { id: string }[] } | null;
    };
  };
};

/**
 * Registration-level fields of the rule (besides status). A caller that needs
 * more of a relation (the certificate: progress's completedAt) selects it
 * after the spread.
 */
export const certificateRegistrationSelect = {
  attendance: { select: { slotId: true, status: true } },
  documents: { where: { kind: "CERTIFICATE" as const }, select: { revokedAt: true } },
  progress: { select: { unitId: true, status: true } },
  responses: { select: questionnaireResponseSelect },
};

/**
 * Session-level fields of the rule (besides modality, startsAt, endsAt and
 * slots, which every caller selects for itself with more).
 */
export const certificateSessionSelect = {
  status: true,
  certificateRule: true,
  certificateMinAttendancePercent: true,
  validationPassPercent: true,
  validationTestOpenDays: true,
  questionnaires: orderedQuestionnairesSelect,
} as const;

/** Course-level fields of the rule: its questionnaires and e-learning units. */
export const certificateCourseSelect = {
  questionnaires: orderedQuestionnairesSelect,
  elearning: { select: { units: { select: { id: true } } } },
} as const;

export function certificateRuleInput(src: CertificateSource): CertificateRuleInput {
  const s = src.session;
  const attendance = new Map(src.attendance.map((a) => [a.slotId, a.status]));
  const test = effectiveQuestionnaire("VALIDATION", s.questionnaires, s.course.questionnaires);
  const response = test
    ? src.responses.find((r) => r.questionnaireId === test.id && r.status === "SUBMITTED")
    : undefined;
  const units = s.course.elearning?.units ?? null;
  const completed = new Set(
    src.progress.filter((p) => p.status === "COMPLETED").map((p) => p.unitId),
  );
  const issued = src.documents[0];
  return {
    registrationStatus: src.status,
    session: {
      status: s.status,
      modality: s.modality,
      endsAt: s.endsAt,
      rule: s.certificateRule,
      minAttendancePercent: s.certificateMinAttendancePercent,
      passPercent: s.validationPassPercent,
    },
    slots: s.slots.map((slot) => ({ attendance: attendance.get(slot.id) ?? null })),
    validation: {
      planned: test !== null,
      closesAt: test ? questionnaireWindow(test, s).closesAt : null,
      // A submitted test without scored questions has nothing to fail.
      result: response
        ? response.score !== null && response.maxScore !== null
          ? { score: response.score, maxScore: response.maxScore }
          : { score: 0, maxScore: 0 }
        : null,
    },
    elearning: units
      ? {
          totalUnits: units.length,
          completedUnits: units.filter((u) => completed.has(u.id)).length,
        }
      : null,
    issued: issued ? { revoked: issued.revokedAt !== null } : null,
  };
}
