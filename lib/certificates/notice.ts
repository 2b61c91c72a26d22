import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { publicBaseUrl } from "@/lib/http/public-url";
import { certificateAvailableMail } from "@/lib/mail/messages";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";
import { queueNotice } from "@/lib/notifications/notice";
import { certificateAvailability } from "./rule";
import {
  certificateCourseSelect,
  certificateRegistrationSelect,
  certificateRuleInput,
  certificateSessionSelect,
} from "./source";

/**
 * "Votre attestation est disponible": sent once per registration (dedupe key),
 * when the session's rule first holds. Called after the events that can make
 * it hold (attendance recorded, validation test submitted, last e-learning
 * unit completed) and by the worker when a session ends (lib/jobs/mail-worker.ts).
 * A certificate already downloaded needs no announcement.
 */
export const certificateNoticeKey = (registrationId: string) =>
  `certificate-available:${registrationId}`;

/** At most this many registrations per call (a worker tick, or one attendance sheet). */
const BATCH = 500;

export async function queueCertificateNotices(
  where: Prisma.RegistrationWhereInput,
  now: Date = new Date(),
): Promise<number> {
  const db = await getDb();
  const rows = await db.registration.findMany({
    where: {
      AND: [
        where,
        { status: "CONFIRMED", documents: { none: { kind: "CERTIFICATE" } } },
        { participant: { user: { anonymizedAt: null } } },
      ],
    },
    take: BATCH,
    select: {
      id: true,
      status: true,
      ...certificateRegistrationSelect,
      participant: { select: { user: { select: { id: true, email: true, firstName: true } } } },
      session: {
        select: {
          ...certificateSessionSelect,
          ...sessionMailFactsSelect,
          modality: true,
          slots: { select: { id: true } },
          course: {
            select: {
              title: true,
              ...certificateCourseSelect,
            },
          },
        },
      },
    },
  });
  const available = rows.filter(
    (row) => certificateAvailability(certificateRuleInput(row), now).available,
  );
  if (available.length === 0) return 0;
  const sent = await db.mailJob.findMany({
    where: { dedupeKey: { in: available.map((row) => certificateNoticeKey(row.id)) } },
    select: { dedupeKey: true },
  });
  const already = new Set(sent.map((job) => job.dedupeKey));
  const base = publicBaseUrl();
  let queued = 0;
  for (const row of available) {
    const key = certificateNoticeKey(row.id);
    if (already.has(key)) continue;
    const user = row.participant.user;
    queueNotice({
      kind: "certificateAvailable",
      label: "attestation disponible",
      userId: user.id,
      dedupeKey: key,
      registrationId: row.id,
      build: async () =>
        certificateAvailableMail({
          to: user.email,
          firstName: user.firstName,
          session: toSessionMailFacts(row.session),
          link: `${base}/sessions/${row.id}`,
        }),
    });
    queued++;
  }
  return queued;
}
