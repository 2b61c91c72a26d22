import crypto from "node:crypto";
import type { Db } from "../../../lib/db/client";
import type { ActionAnswer } from "./app";

/*
 * The data the scenarios act on, made from the seeded demo: participants of
 * their own (each may submit a questionnaire once), and e-mails already queued.
 */
export type Submitter = {
  userId: string;
  registrationId: string;
  page: string;
  input: { registrationId: string; kind: "validation"; answers: Record<string, unknown> };
};

/**
 * `count` new participants of Claire's firm, registered like her to the session
 * whose validation test is open (reference 06230008), each with a complete,
 * correct set of answers to submit.
 */
export async function createSubmitters(db: Db, count: number, tag: string): Promise<Submitter[]> {
  const claire = await db.registration.findFirstOrThrow({
    where: {
      participant: { user: { email: "participant@demo.test" } },
      session: { reference: "06230008" },
    },
    select: {
      sessionId: true,
      status: true,
      confirmedAt: true,
      participant: { select: { kind: true, companyId: true, profession: true } },
    },
  });
  const questionnaire = await db.questionnaire.findFirstOrThrow({
    where: { sessionId: claire.sessionId, kind: "VALIDATION" },
    select: {
      questions: {
        select: { id: true, type: true, options: { select: { id: true, isCorrect: true } } },
      },
    },
  });
  const answers = Object.fromEntries(
    questionnaire.questions.map((q) => {
      const right = q.options.filter((o) => o.isCorrect).map((o) => o.id);
      if (q.type === "SINGLE_CHOICE") return [q.id, right[0]];
      if (q.type === "MULTIPLE_CHOICE") return [q.id, right];
      if (q.type === "SCALE_1_5") return [q.id, 4];
      if (q.type === "SCALE_0_10") return [q.id, 8];
      return [q.id, "Réponse du test de résilience"];
    }),
  );
  const submitters: Submitter[] = [];
  const rows = Array.from({ length: count }, (_, i) => ({
    userId: crypto.randomUUID(),
    participantId: crypto.randomUUID(),
    registrationId: crypto.randomUUID(),
    email: `resilience-${tag}-${i}@parcours.test`,
    i,
  }));
  await db.user.createMany({
    data: rows.map((r) => ({
      id: r.userId,
      email: r.email,
      firstName: "Résilience",
      lastName: `${tag} ${r.i}`,
    })),
  });
  await db.participant.createMany({
    data: rows.map((r) => ({
      id: r.participantId,
      userId: r.userId,
      kind: claire.participant.kind,
      companyId: claire.participant.companyId,
      profession: claire.participant.profession,
    })),
  });
  await db.registration.createMany({
    data: rows.map((r) => ({
      id: r.registrationId,
      participantId: r.participantId,
      sessionId: claire.sessionId,
      status: claire.status,
      confirmedAt: claire.confirmedAt,
    })),
  });
  for (const r of rows) {
    submitters.push({
      userId: r.userId,
      registrationId: r.registrationId,
      page: `/sessions/${r.registrationId}/questionnaires/validation`,
      input: { registrationId: r.registrationId, kind: "validation", answers },
    });
  }
  return submitters;
}

/** True when the answer acknowledges the submission (stored, or stored by an earlier try). */
export function acknowledged(answer: ActionAnswer): boolean {
  const result = answer.result as { ok?: boolean; formError?: string } | null;
  return (
    answer.status === 200 &&
    (result?.ok === true || /^Vous avez déjà envoyé ce questionnaire/.test(result?.formError ?? ""))
  );
}

/** Submitted responses of these registrations to the validation test, per registration. */
export async function storedSubmissions(
  db: Db,
  registrationIds: string[],
): Promise<Map<string, number>> {
  const rows = await db.questionnaireResponse.groupBy({
    by: ["registrationId"],
    where: {
      registrationId: { in: registrationIds },
      status: "SUBMITTED",
      questionnaire: { kind: "VALIDATION" },
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.registrationId, r._count._all]));
}

/** `count` e-mails already in the queue, due now, as a process stores them before sending. */
export async function queueMails(db: Db, count: number, tag: string): Promise<string[]> {
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  await db.mailJob.createMany({
    data: ids.map((id, i) => ({
      id,
      label: `résilience ${tag}`,
      to: `destinataire-${tag}-${i}@parcours.test`,
      status: "PENDING" as const,
      nextAttemptAt: new Date(Date.now() - 1_000),
      message: {
        subject: `Message ${tag} n° ${i}`,
        text: `Message ${i} du scénario ${tag}.`,
        html: `<p>Message ${i} du scénario ${tag}.</p>`,
        attachments: [],
      },
    })),
  });
  return ids;
}

/** Runs `task` over `items` with at most `concurrency` at once. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index]!, index);
      }
    }),
  );
}
