import "server-only";
import { getDb } from "@/lib/db";
import { ANONYMIZED_PARTICIPANT_NAME } from "@/lib/privacy/placeholders";
import { lastCompletion, trainingDates } from "./dates";
import { normalizeCertificateNumber } from "./number";

/**
 * The public check of a certificate (/verification/<number>, no sign-in): it
 * confirms what the certificate states — who, which course, when, how long,
 * which organization — and nothing else. A revoked certificate is only said
 * to be revoked, without the person's name.
 */
export type CertificateCheck =
  | {
      state: "valid";
      number: string;
      participantName: string;
      courseTitle: string;
      dates: string;
      durationMinutes: number;
      organizationName: string;
      issuedAt: Date;
    }
  | { state: "revoked"; number: string; revokedAt: Date }
  | { state: "unknown" };

export async function checkCertificate(input: string): Promise<CertificateCheck> {
  const number = normalizeCertificateNumber(input);
  // A malformed number cannot exist: answered without a query.
  if (!number) return { state: "unknown" };
  const db = await getDb();
  const doc = await db.issuedDocument.findUnique({
    where: { number },
    select: {
      kind: true,
      issuedAt: true,
      revokedAt: true,
      registration: {
        select: {
          elearningAccessStartsAt: true,
          progress: { select: { completedAt: true } },
          participant: {
            select: { user: { select: { firstName: true, lastName: true, anonymizedAt: true } } },
          },
          session: {
            select: {
              modality: true,
              organization: { select: { legalName: true } },
              course: { select: { title: true, durationMinutes: true } },
              slots: { select: { date: true, halfDay: true }, orderBy: { startsAt: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!doc || doc.kind !== "CERTIFICATE") return { state: "unknown" };
  if (doc.revokedAt) return { state: "revoked", number, revokedAt: doc.revokedAt };
  const r = doc.registration;
  const user = r.participant.user;
  const s = r.session;
  return {
    state: "valid",
    number,
    // The certificate stays a legal record after an anonymisation; the person's name does not.
    participantName: user.anonymizedAt
      ? ANONYMIZED_PARTICIPANT_NAME
      : `${user.firstName} ${user.lastName}`,
    courseTitle: s.course.title,
    dates: trainingDates({
      slots: s.slots,
      elearningStartsAt: s.modality === "ELEARNING" ? r.elearningAccessStartsAt : null,
      elearningCompletedAt: s.modality === "ELEARNING" ? lastCompletion(r.progress) : null,
    }),
    durationMinutes: s.course.durationMinutes,
    organizationName: s.organization.legalName,
    issuedAt: doc.issuedAt,
  };
}
