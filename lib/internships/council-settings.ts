import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/log";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { principalCouncil, type Council } from "./reassign";
import { DEFAULT_REPORT_MONTHS, type CouncilSettingsInput } from "./schemas";
import { principalCouncilScope } from "./scope";

/**
 * The council's deadlines and penalties, set by its contrôleur principal.
 * Every due date is computed from them (calendar.ts), so a change moves the
 * deadlines of every stage of the council at once; each change is audited.
 */
const settingsSelect = {
  annualSheetDelayDays: true,
  reportDueMonths: true,
  trainingDaysTotal: true,
  elearningHoursTotal: true,
  amlDayYear: true,
  penaltyMonths: true,
} as const;

export type CouncilSettingsPage = { council: Council; values: CouncilSettingsInput };

/** The settings form of the principal's council, as stored: null for anyone else. */
export async function getCouncilSettingsPage(
  viewer: Viewer,
  now: Date = new Date(),
): Promise<CouncilSettingsPage | null> {
  const council = await principalCouncil(viewer, now);
  if (!council) return null;
  const db = await getDb();
  const s = await db.regionalCouncil.findUniqueOrThrow({
    where: { id: council.id },
    select: settingsSelect,
  });
  const custom = s.reportDueMonths.length === 4;
  const months = custom ? s.reportDueMonths : DEFAULT_REPORT_MONTHS;
  return {
    council,
    values: {
      councilId: council.id,
      annualSheetDelayDays: s.annualSheetDelayDays,
      customReports: custom,
      report1: months[0]!,
      report2: months[1]!,
      report3: months[2]!,
      report4: months[3]!,
      trainingDaysTotal: s.trainingDaysTotal,
      elearningHoursTotal: s.elearningHoursTotal,
      amlDayYear: s.amlDayYear,
      penaltyMonths: s.penaltyMonths,
    },
  };
}

/** Stores the settings of the viewer's council. Null: not a council he is principal of. */
export async function updateCouncilSettings(
  viewer: Viewer,
  input: CouncilSettingsInput,
  now: Date = new Date(),
): Promise<{ ok: true } | null> {
  const db = await getDb();
  const council = await db.regionalCouncil.findFirst({
    where: { AND: [principalCouncilScope(viewer, parisDay(now)), { id: input.councilId }] },
    select: { id: true, ...settingsSelect },
  });
  if (!council) return null;
  const { id, ...before } = council;
  const after = {
    annualSheetDelayDays: input.annualSheetDelayDays,
    reportDueMonths: input.customReports
      ? [input.report1, input.report2, input.report3, input.report4]
      : [],
    trainingDaysTotal: input.trainingDaysTotal,
    elearningHoursTotal: input.elearningHoursTotal,
    amlDayYear: input.amlDayYear,
    penaltyMonths: input.penaltyMonths,
  };
  await db.$transaction(async (tx) => {
    await tx.regionalCouncil.update({ where: { id }, data: after });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "regional-council.settings-updated",
      entityType: "RegionalCouncil",
      entityId: id,
      data: { before, after },
      at: now,
    });
  });
  return { ok: true };
}
