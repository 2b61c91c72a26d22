import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Prisma } from "@/lib/db/generated/client";
import type { InternshipDocumentState } from "@/lib/db/generated/enums";

/**
 * Writes shared by the end of the stage, inside the caller's transaction: a
 * document the contrôleur writes himself (the interview's report, the
 * synthesis) as a version with its line in the trail, and the audit entry of
 * a step on the stage.
 */
export async function writeControllerVersion(
  tx: Prisma.TransactionClient,
  input: {
    documentId: string;
    version: number;
    body: string;
    userId: string;
    toState: InternshipDocumentState;
    comment: string;
    at: Date;
  },
) {
  const version = await tx.internshipDocumentVersion.create({
    data: {
      documentId: input.documentId,
      version: input.version,
      body: input.body,
      createdById: input.userId,
      createdAt: input.at,
    },
    select: { id: true },
  });
  await tx.documentReview.create({
    data: {
      documentId: input.documentId,
      versionId: version.id,
      userId: input.userId,
      role: "CONTROLLER",
      fromState: "DRAFT",
      toState: input.toState,
      comment: input.comment,
      at: input.at,
    },
  });
}

export function auditStage(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    action: string;
    internshipId: string;
    data: Prisma.InputJsonObject;
    at: Date;
  },
) {
  return writeAudit(tx, {
    actorUserId: input.userId,
    action: input.action,
    entityType: "Internship",
    entityId: input.internshipId,
    data: input.data,
    at: input.at,
  });
}
