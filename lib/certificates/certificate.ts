import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import type { Modality } from "@/lib/db/generated/enums";
import { courseDays, courseLengthSelect } from "@/lib/format/course";
import { effectiveQuestionnaire } from "@/lib/questionnaires/resolve";
import {
  documentRegistrationWhere,
  type DocumentOptions,
  type DocumentReader,
} from "@/lib/documents/access";
import { lastCompletion, trainingDates } from "./dates";
import { issueCertificate } from "./issue";
import { certificateAvailability } from "./rule";
import {
  certificateCourseSelect,
  certificateRegistrationSelect,
  certificateRuleInput,
  certificateSessionSelect,
} from "./source";
import {
  organizationIdentity,
  organizationIdentitySelect,
  type OrganizationIdentity,
} from "@/lib/documents/organization-identity";
import { verificationUrl } from "@/lib/http/public-url";
import { textLines } from "@/lib/documents/text-lines";
import { documentParticipant, documentParticipantSelect } from "@/lib/documents/participant";

/**
 * The attestation de formation (Code du travail L6353-1): objectives, nature,
 * duration and dates of the action, the assessment result where the programme
 * planned one, the organization and its signatory, and the number that the
 * public check (/verification/<number>) confirms.
 */
export type CertificateData = {
  number: string;
  issuedAt: Date;
  verificationUrl: string;
  organization: OrganizationIdentity & { signatoryName: string; signatoryTitle: string };
  participant: { fullName: string; companyName: string | null };
  course: {
    title: string;
    modality: Modality;
    objectives: string[];
    durationMinutes: number;
    durationDays: number;
  };
  reference: string;
  /** "04/05/2026 (matin), 05/05/2026" or "du 24/03/2026 au 15/04/2026". */
  dates: string;
  /** What the attendance records say (null when none were recorded). */
  attendance: { presentSlots: number; totalSlots: number; attendedMinutes: number } | null;
  elearning: { completedUnits: number; totalUnits: number } | null;
  /** null: the programme planned no assessment. */
  assessment:
    | { state: "taken"; score: number; maxScore: number; passPercent: number | null }
    | { state: "not-taken" }
    | null;
};

/**
 * The certificate of a registration the viewer may see, issued (numbered) on
 * the first call once the session's rule holds; null (then 404) before that,
 * after a revocation, or for anyone else's registration.
 */
export async function getCertificate(
  viewer: DocumentReader,
  registrationId: string,
  options: DocumentOptions,
): Promise<CertificateData | null> {
  const allowed = documentRegistrationWhere(viewer, registrationId, options.as);
  if (!allowed) return null;
  const now = options.now ?? new Date();
  const db = await getDb();
  const row = await db.registration.findFirst({
    where: { AND: [allowed, { status: "CONFIRMED" }] },
    select: {
      id: true,
      status: true,
      elearningAccessStartsAt: true,
      ...certificateRegistrationSelect,
      documents: {
        where: { kind: "CERTIFICATE" },
        select: { id: true, number: true, issuedAt: true, revokedAt: true },
      },
      progress: { select: { unitId: true, status: true, completedAt: true } },
      participant: documentParticipantSelect,
      session: {
        select: {
          ...certificateSessionSelect,
          organizationId: true,
          reference: true,
          modality: true,
          startsAt: true,
          endsAt: true,
          organization: {
            select: { ...organizationIdentitySelect, signatoryName: true, signatoryTitle: true },
          },
          course: {
            select: {
              title: true,
              objectives: true,
              ...courseLengthSelect,
              ...certificateCourseSelect,
            },
          },
          slots: {
            select: { id: true, date: true, halfDay: true, durationMinutes: true },
            orderBy: { startsAt: "asc" },
          },
        },
      },
    },
  });
  if (!row) return null;
  const rule = certificateRuleInput(row);
  if (!certificateAvailability(rule, now).available) return null;

  let issued = row.documents[0];
  if (!issued) {
    const result = await issueCertificate(db, row.id, now);
    issued = result;
    if (result.created) {
      // Qualiopi evidence: who caused the issuance, when, under which number.
      await writeAudit(db, {
        at: now,
        actorUserId: viewer.id,
        organizationId: row.session.organizationId,
        action: "certificate.issued",
        entityType: "IssuedDocument",
        entityId: result.id,
        data: { registrationId: row.id, number: result.number },
      });
    }
  }

  const s = row.session;
  const c = s.course;
  const presentSlotIds = new Set(
    row.attendance.filter((a) => a.status === "PRESENT").map((a) => a.slotId),
  );
  const test = effectiveQuestionnaire("VALIDATION", s.questionnaires, c.questionnaires);
  const response = test
    ? row.responses.find((r) => r.questionnaireId === test.id && r.status === "SUBMITTED")
    : undefined;
  return {
    number: issued.number,
    issuedAt: issued.issuedAt,
    verificationUrl: verificationUrl(options.baseUrl, issued.number),
    organization: {
      ...organizationIdentity(s.organization),
      signatoryName: s.organization.signatoryName,
      signatoryTitle: s.organization.signatoryTitle,
    },
    participant: documentParticipant(row.participant),
    course: {
      title: c.title,
      modality: s.modality,
      objectives: textLines(c.objectives),
      durationMinutes: c.durationMinutes,
      durationDays: courseDays(c),
    },
    reference: s.reference,
    dates: trainingDates({
      slots: s.slots,
      elearningStartsAt: s.modality === "ELEARNING" ? row.elearningAccessStartsAt : null,
      elearningCompletedAt: s.modality === "ELEARNING" ? lastCompletion(row.progress) : null,
    }),
    attendance:
      row.attendance.length > 0 && s.slots.length > 0
        ? {
            presentSlots: s.slots.filter((slot) => presentSlotIds.has(slot.id)).length,
            totalSlots: s.slots.length,
            attendedMinutes: s.slots
              .filter((slot) => presentSlotIds.has(slot.id))
              .reduce((sum, slot) => sum + slot.durationMinutes, 0),
          }
        : null,
    elearning: rule.elearning
      ? { completedUnits: rule.elearning.completedUnits, totalUnits: rule.elearning.totalUnits }
      : null,
    assessment: !test
      ? null
      : response && response.score !== null && response.maxScore !== null
        ? {
            state: "taken",
            score: response.score,
            maxScore: response.maxScore,
            passPercent:
              s.certificateRule === "VALIDATION_TEST_PASSED" ? s.validationPassPercent : null,
          }
        : { state: "not-taken" },
  };
}
