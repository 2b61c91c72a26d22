import "server-only";
import { participantActor } from "@/lib/scopes/actor";
import { elearningProgressScope } from "@/lib/scopes/elearning";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { UnitStatus } from "@/lib/db/generated/enums";
import type { ElearningAccess } from "@/lib/dates/elearning-access";
import { moduleStatus } from "@/lib/sessions/unit-status";
import { findEnrolment } from "./access";
import { questionThreadSelect, type QuestionThread } from "./questions";

export type ModuleUnit = {
  id: string;
  label: string;
  status: UnitStatus;
  timeSpentSeconds: number;
  estimatedMinutes: number;
};

export type ModulePage = {
  registrationId: string;
  courseTitle: string;
  moduleTitle: string;
  access: ElearningAccess;
  status: UnitStatus;
  completedUnits: number;
  units: ModuleUnit[];
  current: {
    id: string;
    label: string;
    content: string;
    videoUrl: string | null;
    fileName: string | null;
    status: UnitStatus;
  } | null;
  questions: QuestionThread[];
};

/**
 * The module page: its units with the participant's progress, the unit being
 * read (content only while access is open), and their questions to the trainer.
 */
export async function getModulePage(
  viewer: ParticipantViewer,
  registrationId: string,
  unitId: string | undefined,
  now: Date = new Date(),
): Promise<ModulePage | null> {
  const enrolment = await findEnrolment(viewer, registrationId, now);
  if (!enrolment) return null;
  const db = await getDb();
  const mod = await db.elearningModule.findUniqueOrThrow({
    where: { id: enrolment.moduleId },
    select: {
      title: true,
      units: {
        select: {
          id: true,
          code: true,
          title: true,
          content: true,
          videoUrl: true,
          fileName: true,
          estimatedMinutes: true,
          progress: {
            where: { AND: [elearningProgressScope(participantActor(viewer)), { registrationId }] },
            select: { status: true, timeSpentSeconds: true },
          },
        },
        orderBy: { position: "asc" },
      },
      questions: {
        where: { registrationId },
        select: questionThreadSelect,
        orderBy: { createdAt: "desc" },
      },
    },
  });
  const units = mod.units.map((u) => ({
    id: u.id,
    label: `${u.code} - ${u.title}`,
    status: u.progress[0]?.status ?? ("NOT_STARTED" as UnitStatus),
    timeSpentSeconds: u.progress[0]?.timeSpentSeconds ?? 0,
    estimatedMinutes: u.estimatedMinutes,
  }));
  const open = enrolment.access.state === "open";
  const selected = mod.units.find((u) => u.id === unitId) ?? mod.units[0];
  return {
    registrationId,
    courseTitle: enrolment.courseTitle,
    moduleTitle: mod.title,
    access: enrolment.access,
    status: moduleStatus(units),
    completedUnits: units.filter((u) => u.status === "COMPLETED").length,
    units,
    current:
      open && selected
        ? {
            id: selected.id,
            label: `${selected.code} - ${selected.title}`,
            content: selected.content,
            videoUrl: selected.videoUrl,
            fileName: selected.fileName,
            status: units.find((u) => u.id === selected.id)!.status,
          }
        : null,
    questions: mod.questions,
  };
}
