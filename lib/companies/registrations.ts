import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { inviteUserInTransaction, normalizeEmail } from "@/lib/accounts/invitations";
import type { Viewer } from "@/lib/auth/viewer";
import { isRecordId } from "@/lib/db/record-id";
import { getDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Modality } from "@/lib/db/generated/enums";
import { parisParts } from "@/lib/dates/paris";
import { sessionPlace, sessionPlaceSelect } from "@/lib/format/place";
import { formatSessionDays } from "@/lib/dates/session-dates";
import { requireCompanyPermission, type CompanyPermit } from "./authorize";
import {
  SEAT_HOLDING_STATUSES,
  orderReference,
  registrationRefusal,
  seatsLeft,
  sessionClosedReason,
} from "./registration-rules";
import type { NewCollaboratorInput, RegisterCollaboratorsInput } from "./schemas";
import { sessionHeadSelect } from "@/lib/sessions/session-select";

export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueSession = {
  id: string;
  title: string;
  reference: string;
  modality: Modality;
  organizationName: string;
  dates: string[];
  place: string;
  durationMinutes: number;
  /** The course's day figure ("6h00 (0.85)"); null: hours / 7. */
  durationDays: number | null;
  priceExclVatCents: number;
  seatsLeft: number | null;
  /** Why it takes no registration (full), or null. */
  closedReason: string | null;
};

const sessionSelect = {
  id: true,
  ...sessionHeadSelect,
  capacity: true,
  ...sessionPlaceSelect,
  organization: { select: { name: true } },
  course: {
    select: { title: true, durationMinutes: true, durationDays: true, priceExclVatCents: true },
  },
  slots: { select: { date: true, halfDay: true }, orderBy: { startsAt: "asc" } },
  _count: {
    select: { registrations: { where: { status: { in: [...SEAT_HOLDING_STATUSES] } } } },
  },
} satisfies Prisma.TrainingSessionSelect;

type SessionRow = Prisma.TrainingSessionGetPayload<{ select: typeof sessionSelect }>;

function toCatalogueSession(s: SessionRow, now: Date): CatalogueSession {
  const rule = { ...s, taken: s._count.registrations };
  return {
    id: s.id,
    title: s.course.title,
    reference: s.reference,
    modality: s.modality,
    organizationName: s.organization.name,
    dates: formatSessionDays(s.slots),
    place: sessionPlace(s),
    durationMinutes: s.course.durationMinutes,
    durationDays: s.course.durationDays === null ? null : Number(s.course.durationDays),
    priceExclVatCents: s.course.priceExclVatCents,
    seatsLeft: seatsLeft(rule),
    closedReason: sessionClosedReason(rule, now),
  };
}

/** Sessions of every organization that a company may still register to (the nearest first). */
function openSessionsWhere(now: Date, search: string): Prisma.TrainingSessionWhereInput {
  return {
    status: "SCHEDULED",
    endsAt: { gt: now },
    OR: [{ startsAt: { gt: now } }, { modality: "ELEARNING" }],
    ...(search
      ? {
          AND: [
            {
              OR: [
                { course: { title: { contains: search, mode: "insensitive" } } },
                { reference: { contains: search, mode: "insensitive" } },
              ],
            },
          ],
        }
      : {}),
  };
}

/**
 * The organizations' catalogue, for a member holding registrations.create (the
 * permit). Full sessions are listed (marked full) so the list does not
 * shift under the manager's eyes; they cannot be chosen.
 */
export async function listCatalogue(
  // The catalogue is the same for every company; the permit proves the check.
  _company: CompanyPermit<"registrations.create">,
  query: { search?: string; page?: number } = {},
  now: Date = new Date(),
): Promise<{ sessions: CatalogueSession[]; page: number; pageCount: number }> {
  const db = await getDb();
  const where = openSessionsWhere(now, (query.search ?? "").trim().slice(0, 100));
  const total = await db.trainingSession.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);
  const rows = await db.trainingSession.findMany({
    where,
    select: sessionSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * CATALOGUE_PAGE_SIZE,
    take: CATALOGUE_PAGE_SIZE,
  });
  return { sessions: rows.map((s) => toCatalogueSession(s, now)), page, pageCount };
}

export type RegistrationForm = {
  session: CatalogueSession;
  collaborators: {
    participantId: string;
    name: string;
    email: string;
    alreadyRegistered: boolean;
  }[];
};

/**
 * The session and the company's collaborators (those already registered
 * marked), for a member holding registrations.create (the permit); null for an
 * unknown session.
 */
export async function getRegistrationForm(
  company: CompanyPermit<"registrations.create">,
  sessionId: string,
  now: Date = new Date(),
): Promise<RegistrationForm | null> {
  const { companyId } = company;
  if (!isRecordId(sessionId)) return null;
  const db = await getDb();
  const [session, people] = await Promise.all([
    db.trainingSession.findUnique({ where: { id: sessionId }, select: sessionSelect }),
    db.participant.findMany({
      where: { companyId, user: { anonymizedAt: null } },
      select: {
        id: true,
        user: { select: { firstName: true, lastName: true, email: true } },
        registrations: { where: { sessionId }, select: { id: true } },
      },
      orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { id: "asc" }],
    }),
  ]);
  if (!session) return null;
  return {
    session: toCatalogueSession(session, now),
    collaborators: people.map((p) => ({
      participantId: p.id,
      name: `${p.user.firstName} ${p.user.lastName}`,
      email: p.user.email,
      alreadyRegistered: p.registrations.length > 0,
    })),
  };
}

export type RegisterResult =
  | {
      ok: true;
      orderId: string;
      orderReference: string;
      registrationIds: string[];
      /** Collaborators whose account this registration opened (invitation sent). */
      invited: number;
    }
  | { ok: false; message: string };

class RegistrationRefused extends Error {}

// PGlite runs one transaction at a time and PostgreSQL queues on the session
// row's lock: waiting for our turn is normal.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 };

/**
 * Registers collaborators of the company to a session: one order paid by the
 * company (one line per registration, at the course's price), the
 * registrations PENDING until the organization confirms them (guide rule 4),
 * their first status-history row, and the audit log, in one transaction.
 * A cancelled, ended, started or full session, or a collaborator already on
 * the session, is refused with a French message and nothing is written.
 * Null (then 404) without registrations.create in the company, for a session
 * that does not exist, or for someone who is not a collaborator of the company.
 */
export async function registerCollaborators(
  viewer: Viewer,
  input: Omit<RegisterCollaboratorsInput, "newCollaborators"> & {
    newCollaborators?: NewCollaboratorInput[];
  },
  now: Date = new Date(),
): Promise<RegisterResult | null> {
  const { companyId, sessionId } = input;
  if (!requireCompanyPermission(viewer, companyId, "registrations.create")) return null;
  if (!isRecordId(sessionId) || !input.participantIds.every(isRecordId)) return null;
  const participantIds = [...new Set(input.participantIds)];
  const invitees = [
    ...new Map(
      (input.newCollaborators ?? []).map((c) => [
        normalizeEmail(c.email),
        { ...c, email: normalizeEmail(c.email) },
      ]),
    ).values(),
  ];
  if (participantIds.length + invitees.length === 0) {
    return { ok: false, message: "Choisissez au moins un collaborateur." };
  }
  const db = await getDb();
  // Two orders created the same day may pick the same counter on PostgreSQL:
  // the unique reference refuses the second, which simply tries again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(
        (tx) =>
          registerInTransaction(tx as PrismaClient, viewer, {
            companyId,
            sessionId,
            participantIds,
            invitees,
            now,
          }),
        TRANSACTION_OPTIONS,
      );
    } catch (error) {
      if (error instanceof RegistrationRefused) return { ok: false, message: error.message };
      if (attempt < 3 && isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
}

async function registerInTransaction(
  tx: PrismaClient,
  viewer: Viewer,
  args: {
    companyId: string;
    sessionId: string;
    participantIds: string[];
    invitees: NewCollaboratorInput[];
    now: Date;
  },
): Promise<RegisterResult | null> {
  const { companyId, sessionId, now } = args;
  // The session's row lock makes concurrent registrations count seats one after the other.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "TrainingSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (locked.length === 0) return null;
  const session = await tx.trainingSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      organizationId: true,
      ...sessionHeadSelect,
      capacity: true,
      course: { select: { title: true, priceExclVatCents: true, vatRateBasisPoints: true } },
      _count: {
        select: { registrations: { where: { status: { in: [...SEAT_HOLDING_STATUSES] } } } },
      },
    },
  });
  const personSelect = {
    id: true,
    companyId: true,
    user: { select: { firstName: true, lastName: true, anonymizedAt: true } },
    registrations: { where: { sessionId }, select: { status: true } },
  } as const;
  const chosen = await tx.participant.findMany({
    where: { id: { in: args.participantIds }, companyId },
    select: personSelect,
  });
  // Someone outside the company is not "refused": they do not exist for this manager.
  if (chosen.length !== args.participantIds.length || chosen.some((p) => p.user.anonymizedAt)) {
    return null;
  }

  // E-mails typed for new collaborators: an e-mail of one of our collaborators
  // is that collaborator; an e-mail of anyone else's participant account is
  // refused before anything is written (inviteUser keeps a participant's company).
  const known = await tx.user.findMany({
    where: { email: { in: args.invitees.map((i) => i.email) } },
    select: { email: true, participant: { select: personSelect } },
  });
  const people = [...chosen];
  const toInvite: NewCollaboratorInput[] = [];
  for (const invitee of args.invitees) {
    const participant = known.find((u) => u.email === invitee.email)?.participant;
    if (!participant) {
      toInvite.push(invitee);
    } else if (participant.companyId !== companyId || participant.user.anonymizedAt) {
      throw new RegistrationRefused(
        `L'adresse ${invitee.email} ne peut pas être inscrite par l'entreprise : elle appartient à un compte participant qui n'est pas l'un de vos collaborateurs.`,
      );
    } else if (!people.some((p) => p.id === participant.id)) {
      people.push(participant);
    }
  }

  const refusal = registrationRefusal(
    { ...session, taken: session._count.registrations },
    people.length + toInvite.length,
    now,
  );
  if (refusal) throw new RegistrationRefused(refusal);
  const already = people.filter((p) => p.registrations.length > 0);
  if (already.length > 0) {
    const names = already.map((p) => `${p.user.firstName} ${p.user.lastName}`).join(", ");
    throw new RegistrationRefused(
      already.length === 1
        ? `${names} est déjà inscrit(e) à cette session (une inscription annulée compte aussi : voyez avec l'organisme).`
        : `${names} sont déjà inscrits à cette session (une inscription annulée compte aussi : voyez avec l'organisme).`,
    );
  }

  const p = parisParts(now);
  const prefix = `C${String(p.year % 100).padStart(2, "0")}${String(p.month).padStart(2, "0")}${String(p.day).padStart(2, "0")}`;
  const last = await tx.order.findFirst({
    where: { reference: { startsWith: prefix } },
    select: { reference: true },
    orderBy: { reference: "desc" },
  });
  const lastCounter = last ? Number(last.reference.slice(prefix.length)) || 0 : 0;
  const reference = orderReference(prefix, lastCounter + 1);

  // The order first: a clash on its reference (retried by the caller) must
  // happen before any invitation is queued.
  const order = await tx.order.create({
    data: {
      reference,
      organizationId: session.organizationId,
      companyId,
      orderedAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  const ordered = people.map((p) => ({
    id: p.id,
    firstName: p.user.firstName,
    lastName: p.user.lastName,
  }));
  for (const invitee of toInvite) {
    // Opens the account and queues the invitation (guide rule 1), in this transaction.
    const invited = await inviteUserInTransaction(tx, {
      email: invitee.email,
      firstName: invitee.firstName,
      lastName: invitee.lastName,
      invitedById: viewer.id,
      companyId,
    });
    ordered.push({
      id: invited.participantId,
      firstName: invitee.firstName.trim(),
      lastName: invitee.lastName.trim(),
    });
  }
  const registrationIds: string[] = [];
  for (const person of ordered) {
    const registration = await tx.registration.create({
      data: {
        participantId: person.id,
        sessionId,
        orderId: order.id,
        status: "PENDING",
        createdAt: now,
        history: {
          create: { fromStatus: null, toStatus: "PENDING", changedById: viewer.id, changedAt: now },
        },
        orderLine: {
          create: {
            orderId: order.id,
            description: `${session.course.title} – Réf. ${session.reference} – ${person.firstName} ${person.lastName}`,
            quantity: 1,
            unitPriceExclVatCents: session.course.priceExclVatCents,
            vatRateBasisPoints: session.course.vatRateBasisPoints,
          },
        },
      },
      select: { id: true },
    });
    registrationIds.push(registration.id);
  }
  await writeAudit(tx, {
    at: now,
    actorUserId: viewer.id,
    companyId,
    organizationId: session.organizationId,
    action: "order.created",
    entityType: "Order",
    entityId: order.id,
    data: { orderReference: reference, sessionId, registrationIds, invited: toInvite.length },
  });
  return {
    ok: true,
    orderId: order.id,
    orderReference: reference,
    registrationIds,
    invited: toInvite.length,
  };
}
