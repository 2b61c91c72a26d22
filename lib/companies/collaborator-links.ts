import "server-only";
import crypto from "node:crypto";
import { normalizeEmail } from "@/lib/accounts/invitations";
import { hashAccountToken, TOKEN_LIFETIME_MS } from "@/lib/accounts/tokens";
import { writeAudit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/db/generated/client";
import { publicBaseUrl } from "@/lib/http/public-url";
import { collaboratorRequestMail } from "@/lib/mail/messages";
import { queueNotice } from "@/lib/notifications/notice";
import { requireCompanyPermission } from "./authorize";
import type {
  ConfirmCollaboratorInput,
  DetachCollaboratorInput,
  RequestCollaboratorInput,
} from "./schemas";

/*
 * Collaborators arriving and leaving, for a member holding
 * collaborators.manage. Arriving: the member names an existing participant by
 * e-mail; the participant confirms through the link of the e-mail, signed in
 * (nobody becomes a firm's collaborator without saying so). Leaving: the
 * member detaches them; the person becomes a private participant and keeps
 * their account, history, certificates and the invoices addressed to them.
 * Each registration records the company of its day (Registration.companyId):
 * the company keeps seeing what was made while they worked there (its orders,
 * invoices, those trainings) and never what comes after (lib/scopes). Audited.
 */

const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 20_000 };
const LIFETIME_MS = TOKEN_LIFETIME_MS.INVITATION;

export const COLLABORATOR_MESSAGES = {
  unknown:
    "Aucun participant n'a de compte à cette adresse. Pour un nouveau collaborateur, inscrivez-le à une session : son compte sera créé.",
  already: "Cette personne est déjà collaborateur de l'entreprise.",
  gone: "Cette personne n'est plus collaborateur de l'entreprise.",
} as const;

export type RequestCollaboratorResult =
  { ok: true; invitationId: string } | { ok: false; field: "email"; message: string };

/**
 * Sends the participant the request to join the company (a new request
 * replaces the company's earlier one). Null (404) without collaborators.manage.
 */
export async function requestCollaborator(
  viewer: Viewer,
  input: RequestCollaboratorInput,
  now: Date = new Date(),
): Promise<RequestCollaboratorResult | null> {
  const company = requireCompanyPermission(viewer, input.companyId, "collaborators.manage");
  if (!company) return null;
  const email = normalizeEmail(input.email);
  const db = await getDb();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LIFETIME_MS);
  const outcome = await db.$transaction(async (client) => {
    const tx = client as PrismaClient;
    const user = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        firstName: true,
        anonymizedAt: true,
        participant: { select: { id: true, companyId: true } },
      },
    });
    const participant = user?.participant;
    if (!user || !participant || user.anonymizedAt) {
      return {
        ok: false as const,
        field: "email" as const,
        message: COLLABORATOR_MESSAGES.unknown,
      };
    }
    if (participant.companyId === company.companyId) {
      return {
        ok: false as const,
        field: "email" as const,
        message: COLLABORATOR_MESSAGES.already,
      };
    }
    await tx.collaboratorInvitation.updateMany({
      where: {
        companyId: company.companyId,
        participantId: participant.id,
        acceptedAt: null,
        cancelledAt: null,
      },
      data: { cancelledAt: now },
    });
    const invitation = await tx.collaboratorInvitation.create({
      data: {
        companyId: company.companyId,
        participantId: participant.id,
        invitedById: viewer.id,
        tokenHash: hashAccountToken(token),
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      companyId: company.companyId,
      action: "collaborator.requested",
      entityType: "CollaboratorInvitation",
      entityId: invitation.id,
      data: { participantId: participant.id, email },
    });
    return {
      ok: true as const,
      invitationId: invitation.id,
      userId: user.id,
      firstName: user.firstName,
    };
  }, TRANSACTION_OPTIONS);
  if (!outcome.ok) return outcome;
  const invitedBy = `${viewer.firstName} ${viewer.lastName}`.trim() || null;
  queueNotice({
    kind: "collaboratorRequest",
    label: "demande de rattachement",
    userId: outcome.userId,
    build: async () =>
      collaboratorRequestMail({
        to: email,
        firstName: outcome.firstName,
        companyName: company.companyName,
        link: `${publicBaseUrl()}${collaboratorRequestPath(token)}`,
        expiresAt,
        invitedBy,
      }),
  });
  return { ok: true, invitationId: outcome.invitationId };
}

export const collaboratorRequestPath = (token: string) => `/rattachement/${token}`;

export type CollaboratorRequestState =
  | { state: "valid"; companyName: string; currentCompanyName: string | null }
  /** She confirmed it and is still that firm's collaborator: the page says it is done. */
  | { state: "accepted"; companyName: string }
  | { state: "invalid" | "expired" | "used" };

export const COLLABORATOR_REQUEST_REFUSALS = {
  invalid:
    "Ce lien de rattachement n'est pas valide pour votre compte. Vérifiez que vous êtes connecté avec l'adresse qui a reçu le message.",
  expired:
    "Ce lien de rattachement a expiré : demandez au cabinet de vous envoyer une nouvelle demande.",
  used: "Ce lien de rattachement a déjà servi, ou une demande plus récente l'a remplacé.",
} as const;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function findRequest(viewer: Pick<Viewer, "participantId">, token: string) {
  if (!viewer.participantId || !TOKEN_SHAPE.test(token)) return null;
  const db = await getDb();
  // Only the participant it was sent to: anyone else learns nothing from a link.
  return db.collaboratorInvitation.findFirst({
    where: { tokenHash: hashAccountToken(token), participantId: viewer.participantId },
    select: {
      id: true,
      companyId: true,
      expiresAt: true,
      acceptedAt: true,
      cancelledAt: true,
      company: { select: { name: true } },
      participant: { select: { companyId: true, company: { select: { name: true } } } },
    },
  });
}

function stateOf(
  request: { expiresAt: Date; acceptedAt: Date | null; cancelledAt: Date | null } | null,
  now: Date,
): "valid" | "invalid" | "expired" | "used" {
  if (!request) return "invalid";
  if (request.acceptedAt || request.cancelledAt) return "used";
  return request.expiresAt <= now ? "expired" : "valid";
}

/** What the link of the e-mail asks, for the signed-in participant it was sent to. */
export async function describeCollaboratorRequest(
  viewer: Pick<Viewer, "participantId">,
  token: string,
  now: Date = new Date(),
): Promise<CollaboratorRequestState> {
  const request = await findRequest(viewer, token);
  // The page is drawn again right after the confirmation (and when she opens
  // the link again): "déjà servi" would read as a failure.
  if (request?.acceptedAt && request.participant.companyId === request.companyId)
    return { state: "accepted", companyName: request.company.name };
  const state = stateOf(request, now);
  if (state !== "valid") return { state };
  return {
    state,
    companyName: request!.company.name,
    currentCompanyName: request!.participant.company?.name ?? null,
  };
}

export type ConfirmCollaboratorResult =
  { ok: true; companyName: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/**
 * The participant confirms: they become the company's collaborator from now
 * on (leaving the firm they were attached to, if any, which keeps what was
 * made before). Two tabs confirm once.
 */
export async function confirmCollaborator(
  viewer: Viewer,
  input: ConfirmCollaboratorInput,
  now: Date = new Date(),
): Promise<ConfirmCollaboratorResult> {
  const request = await findRequest(viewer, input.token);
  const state = stateOf(request, now);
  if (state !== "valid") return { ok: false, reason: state };
  const db = await getDb();
  return db.$transaction(async (client) => {
    const tx = client as PrismaClient;
    const claimed = await tx.collaboratorInvitation.updateMany({
      where: { id: request!.id, acceptedAt: null, cancelledAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return { ok: false as const, reason: "used" as const };
    const before = await tx.participant.findUniqueOrThrow({
      where: { id: viewer.participantId! },
      select: { companyId: true },
    });
    await tx.participant.update({
      where: { id: viewer.participantId! },
      data: { kind: "COLLABORATOR", companyId: request!.companyId },
    });
    // The participant's other pending requests end with this answer.
    await tx.collaboratorInvitation.updateMany({
      where: {
        participantId: viewer.participantId!,
        id: { not: request!.id },
        acceptedAt: null,
        cancelledAt: null,
      },
      data: { cancelledAt: now },
    });
    if (before.companyId && before.companyId !== request!.companyId) {
      await writeAudit(tx, {
        actorUserId: viewer.id,
        companyId: before.companyId,
        action: "collaborator.left",
        entityType: "Participant",
        entityId: viewer.participantId!,
        data: { joinedCompanyId: request!.companyId },
      });
    }
    await writeAudit(tx, {
      actorUserId: viewer.id,
      companyId: request!.companyId,
      action: "collaborator.joined",
      entityType: "Participant",
      entityId: viewer.participantId!,
      data: { invitationId: request!.id },
    });
    return { ok: true as const, companyName: request!.company.name };
  }, TRANSACTION_OPTIONS);
}

export type DetachCollaboratorResult =
  { ok: true; participantId: string } | { ok: false; field: "participantId"; message: string };

/**
 * "Détacher": the collaborator leaves the company. Someone who already left
 * (two tabs, a double click) is told so; null (404) without
 * collaborators.manage or for someone who never was its collaborator.
 */
export async function detachCollaborator(
  viewer: Viewer,
  input: DetachCollaboratorInput,
): Promise<DetachCollaboratorResult | null> {
  const company = requireCompanyPermission(viewer, input.companyId, "collaborators.manage");
  if (!company) return null;
  const db = await getDb();
  return db.$transaction(async (client) => {
    const tx = client as PrismaClient;
    const left = await tx.participant.updateMany({
      where: { id: input.participantId, companyId: company.companyId },
      data: { kind: "PRIVATE", companyId: null },
    });
    if (left.count !== 1) {
      const former = await tx.registration.findFirst({
        where: { participantId: input.participantId, companyId: company.companyId },
        select: { id: true },
      });
      return former
        ? {
            ok: false as const,
            field: "participantId" as const,
            message: COLLABORATOR_MESSAGES.gone,
          }
        : null;
    }
    await writeAudit(tx, {
      actorUserId: viewer.id,
      companyId: company.companyId,
      action: "collaborator.detached",
      entityType: "Participant",
      entityId: input.participantId,
      data: {},
    });
    return { ok: true as const, participantId: input.participantId };
  }, TRANSACTION_OPTIONS);
}
