import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { inviteUser, normalizeEmail } from "@/lib/accounts/invitations";
import { writeAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db";
import { RegistrationStatus } from "@/lib/db/generated/enums";
import { staffRegistrationWhere, staffSessionWhere } from "./access";
import { queueConfirmationMail, queueRefusalMail } from "./registration-mail";

export type DecisionOutcome = {
  registrationId: string;
  participantName: string;
  changed: boolean;
  message: string;
};

const NOOP_MESSAGES: Record<"confirm" | "refuse", Partial<Record<RegistrationStatus, string>>> = {
  confirm: {
    CONFIRMED: "inscription déjà confirmée : rien à faire.",
    CANCELLED: "inscription annulée : elle ne peut plus être confirmée.",
    REFUSED: "inscription refusée : elle ne peut plus être confirmée.",
  },
  refuse: {
    CONFIRMED: "inscription déjà confirmée : annulez-la plutôt que de la refuser.",
    CANCELLED: "inscription annulée : rien à refuser.",
    REFUSED: "inscription déjà refusée : rien à faire.",
  },
};

/**
 * Confirms or refuses registrations of one session, one or many at a time.
 * Only a pending registration changes; any other one is left as it is with a
 * French explanation (a double click or two staff members at once is not an
 * error). Each change writes its status history row (Qualiopi evidence) and an
 * audit row in the same transaction; the e-mails leave after it commits.
 * Null (then 404) when any of the registrations is not the viewer's.
 */
export async function decideRegistrations(
  viewer: Viewer,
  input: {
    sessionId: string;
    registrationIds: string[];
    decision: "confirm" | "refuse";
    reason?: string | null;
  },
  now: Date = new Date(),
): Promise<DecisionOutcome[] | null> {
  const allowed = staffRegistrationWhere(viewer, input.sessionId);
  if (!allowed) return null;
  const ids = [...new Set(input.registrationIds)];
  const db = await getDb();
  const target =
    input.decision === "confirm" ? RegistrationStatus.CONFIRMED : RegistrationStatus.REFUSED;
  const reason = input.decision === "refuse" ? input.reason?.trim() || null : null;

  const outcomes = await db.$transaction(async (tx) => {
    const rows = await tx.registration.findMany({
      where: { AND: [allowed, { id: { in: ids } }] },
      select: {
        id: true,
        status: true,
        session: {
          select: {
            organizationId: true,
            positioningRequired: true,
            status: true,
          },
        },
        participant: { select: { user: { select: { firstName: true, lastName: true } } } },
        responses: {
          where: { status: "SUBMITTED", questionnaire: { kind: "POSITIONING" } },
          select: { id: true },
          take: 1,
        },
      },
    });
    if (rows.length !== ids.length) return null;
    const results: DecisionOutcome[] = [];
    for (const row of rows) {
      const participantName = `${row.participant.user.firstName} ${row.participant.user.lastName}`;
      const unchanged = (message: string) =>
        results.push({ registrationId: row.id, participantName, changed: false, message });
      if (row.status !== RegistrationStatus.PENDING) {
        unchanged(NOOP_MESSAGES[input.decision][row.status] ?? "rien à faire.");
        continue;
      }
      if (input.decision === "confirm" && row.session.status === "CANCELLED") {
        unchanged("la session est annulée : l'inscription ne peut pas être confirmée.");
        continue;
      }
      // Guide rule 5: when the session asks for a positioning test, the
      // organization confirms once the participant has answered it.
      if (
        input.decision === "confirm" &&
        row.session.positioningRequired &&
        row.responses.length === 0
      ) {
        unchanged("le test de positionnement n'a pas encore été complété.");
        continue;
      }
      // Conditional on the status read: a concurrent decision makes this one a no-op.
      const updated = await tx.registration.updateMany({
        where: { id: row.id, status: RegistrationStatus.PENDING },
        data: {
          status: target,
          statusReason: reason,
          confirmedAt: target === RegistrationStatus.CONFIRMED ? now : undefined,
        },
      });
      if (updated.count !== 1) {
        unchanged("l'inscription vient d'être traitée par quelqu'un d'autre.");
        continue;
      }
      await tx.registrationStatusChange.create({
        data: {
          registrationId: row.id,
          fromStatus: RegistrationStatus.PENDING,
          toStatus: target,
          reason,
          changedById: viewer.id,
          changedAt: now,
        },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        organizationId: row.session.organizationId,
        action:
          target === RegistrationStatus.CONFIRMED
            ? "registration.confirmed"
            : "registration.refused",
        entityType: "Registration",
        entityId: row.id,
        data: { from: "PENDING", to: target, reason },
        at: now,
      });
      results.push({
        registrationId: row.id,
        participantName,
        changed: true,
        message:
          target === RegistrationStatus.CONFIRMED
            ? "inscription confirmée."
            : "inscription refusée.",
      });
    }
    return results;
  });
  if (!outcomes) return null;
  for (const o of outcomes.filter((o) => o.changed)) {
    if (target === RegistrationStatus.CONFIRMED) queueConfirmationMail(o.registrationId);
    else queueRefusalMail(o.registrationId);
  }
  // In the order the staff member selected them.
  return ids.map((id) => outcomes.find((o) => o.registrationId === id)!);
}

export type RegisterByEmailResult =
  | { outcome: "registered"; registrationId: string; invited: boolean }
  | { outcome: "already-registered"; registrationId: string }
  | { outcome: "refused"; message: string };

/**
 * "Inscrire une personne par e-mail": opens the account when the e-mail has
 * none (guide rule 1: the invitation to set a password leaves at once) and
 * registers the participant, pending like any registration, so that the usual
 * confirmation sends the convocation. Null when the session is not the viewer's.
 */
export async function registerByEmail(
  viewer: Viewer,
  input: { sessionId: string; email: string; firstName: string; lastName: string },
  now: Date = new Date(),
): Promise<RegisterByEmailResult | null> {
  const where = staffSessionWhere(viewer, input.sessionId);
  if (!where) return null;
  const db = await getDb();
  const session = await db.trainingSession.findFirst({
    where,
    select: { id: true, organizationId: true, status: true, endsAt: true },
  });
  if (!session) return null;
  if (session.status === "CANCELLED") {
    return {
      outcome: "refused",
      message: "Cette session est annulée : aucune inscription possible.",
    };
  }
  if (session.endsAt < now) {
    return {
      outcome: "refused",
      message: "Cette session est terminée : aucune inscription possible.",
    };
  }
  // A retry (double click, resent form) answers at once, without a second invitation.
  const earlier = await db.registration.findFirst({
    where: { sessionId: session.id, participant: { user: { email: normalizeEmail(input.email) } } },
    select: { id: true },
  });
  if (earlier) return { outcome: "already-registered", registrationId: earlier.id };
  const invited = await inviteUser(db, {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    invitedById: viewer.id,
  });
  return db.$transaction(async (tx) => {
    // Requests at the same moment queue on the session's row, so the one
    // behind sees the registration the first one made instead of failing on
    // the unique key.
    await tx.$queryRaw`SELECT "id" FROM "TrainingSession" WHERE "id" = ${session.id} FOR UPDATE`;
    const existing = await tx.registration.findUnique({
      where: {
        participantId_sessionId: { participantId: invited.participantId, sessionId: session.id },
      },
      select: { id: true },
    });
    if (existing) return { outcome: "already-registered" as const, registrationId: existing.id };
    const registration = await tx.registration.create({
      data: { participantId: invited.participantId, sessionId: session.id, createdAt: now },
      select: { id: true },
    });
    await tx.registrationStatusChange.create({
      data: {
        registrationId: registration.id,
        fromStatus: null,
        toStatus: RegistrationStatus.PENDING,
        changedById: viewer.id,
        changedAt: now,
      },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      organizationId: session.organizationId,
      action: "registration.created",
      entityType: "Registration",
      entityId: registration.id,
      data: { email: input.email.toLowerCase(), accountCreated: invited.created },
      at: now,
    });
    return {
      outcome: "registered" as const,
      registrationId: registration.id,
      invited: invited.created,
    };
  }, QUEUED_TRANSACTION);
}

// Waiting behind the session's row lock (or PGlite's one transaction at a
// time) is normal when a request is retried: Prisma's 2 s / 5 s defaults would
// turn that wait into an error.
const QUEUED_TRANSACTION = { maxWait: 30_000, timeout: 15_000 };
