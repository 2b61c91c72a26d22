import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/log";
import { addDays, parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { getDossierFor, type Dossier } from "./dossier";
import { currentController } from "./portfolio";
import type { ReassignInput } from "./schemas";
import { coversDay, internshipScope, principalCouncilScope } from "./scope";

/**
 * The contrôleur principal's council: its contrôleurs adjoints, and the
 * reassignment of a stagiaire from one to another. The history is kept: the
 * running InternshipControl row ends the day before, a new one starts today,
 * so that on any day exactly one contrôleur adjoint reads the dossier.
 */
export type Council = { id: string; name: string };
export type CouncilController = { id: string; firstName: string; lastName: string };

/** The council whose contrôleur principal the viewer is today (the first, by name). */
export async function principalCouncil(
  viewer: Pick<Viewer, "id">,
  now: Date = new Date(),
): Promise<Council | null> {
  const db = await getDb();
  return db.regionalCouncil.findFirst({
    where: principalCouncilScope(viewer, parisDay(now)),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The contrôleurs adjoints of a council: whoever has controlled one of its stages. */
export async function councilControllers(councilId: string): Promise<CouncilController[]> {
  const db = await getDb();
  return db.user.findMany({
    where: {
      anonymizedAt: null,
      internshipControls: { some: { role: "ADJOINT", internship: { councilId } } },
    },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

export type CouncilStagiairePage = {
  council: Council;
  dossier: Dossier;
  controllers: CouncilController[];
  /** Today's contrôleur adjoint (null: none assigned). */
  currentControllerId: string | null;
};

/** One stagiaire of the principal's council, with the contrôleurs he may be given to. */
export async function getCouncilStagiairePage(
  viewer: Viewer,
  internshipId: string,
  now: Date = new Date(),
): Promise<CouncilStagiairePage | null> {
  const council = await principalCouncil(viewer, now);
  if (!council || !isRecordId(internshipId)) return null;
  const dossier = await getDossierFor(viewer, "council", internshipId, now);
  if (!dossier) return null;
  const current = currentController(dossier, now);
  return {
    council,
    dossier,
    controllers: await councilControllers(council.id),
    currentControllerId: current?.userId ?? null,
  };
}

export type ReassignResult =
  { ok: true; controllerName: string } | { ok: false; message: string; field?: "controllerId" };

/** Gives the stagiaire to another contrôleur adjoint of the council. Null: not the viewer's council. */
export async function reassignInternship(
  viewer: Viewer,
  input: ReassignInput,
  now: Date = new Date(),
): Promise<ReassignResult | null> {
  const today = parisDay(now);
  const db = await getDb();
  const internship = await db.internship.findFirst({
    where: { AND: [internshipScope(viewer, "council", today), { id: input.internshipId }] },
    select: {
      id: true,
      councilId: true,
      controls: {
        where: { role: "ADJOINT", ...coversDay(today) },
        select: { id: true, userId: true },
      },
    },
  });
  if (!internship) return null;
  const target = (await councilControllers(internship.councilId)).find(
    (c) => c.id === input.controllerId,
  );
  if (!target) {
    return {
      ok: false,
      field: "controllerId",
      message: "Choisissez un contrôleur de stage de ce conseil.",
    };
  }
  const current = internship.controls[0] ?? null;
  if (current?.userId === target.id) {
    return {
      ok: false,
      field: "controllerId",
      message: "Ce stagiaire est déjà confié à ce contrôleur.",
    };
  }
  const done = await db.$transaction(async (tx) => {
    if (current) {
      // Conditional: of two reassignments at once, one ends the running row.
      const ended = await tx.internshipControl.updateMany({
        where: { id: current.id, OR: [{ endDate: null }, { endDate: { gte: today } }] },
        data: { endDate: addDays(today, -1) },
      });
      if (ended.count !== 1) return false;
    } else {
      const running = await tx.internshipControl.count({
        where: { internshipId: internship.id, role: "ADJOINT", ...coversDay(today) },
      });
      if (running > 0) return false;
    }
    await tx.internshipControl.create({
      data: { internshipId: internship.id, userId: target.id, role: "ADJOINT", startDate: today },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "internship.reassigned",
      entityType: "Internship",
      entityId: internship.id,
      data: { fromUserId: current?.userId ?? null, toUserId: target.id },
      at: now,
    });
    return true;
  });
  if (!done)
    return { ok: false, message: "Ce stagiaire vient d'être réattribué : rechargez la page." };
  return { ok: true, controllerName: `${target.firstName} ${target.lastName}` };
}
