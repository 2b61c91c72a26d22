import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { Prisma } from "@/lib/db/generated/client";
import { activityTotals, readActivityHours } from "./activity-kinds";
import {
  currentYear,
  internshipCalendar,
  type CouncilSettings,
  type InternshipCalendar,
} from "./calendar";
import { buildObligations, risksInPlainWords, type Obligation } from "./obligations";
import { internshipScope, type InternshipAudience } from "./scope";
import { loadTraining, type AttendedTraining } from "./training";

const person = { select: { firstName: true, lastName: true, email: true } } as const;

export const dossierSelect = {
  id: true,
  variant: true,
  startDate: true,
  cacTrack: true,
  status: true,
  council: {
    select: {
      name: true,
      annualSheetDelayDays: true,
      reportDueMonths: true,
      trainingDaysTotal: true,
      elearningHoursTotal: true,
      amlDayYear: true,
      penaltyMonths: true,
    },
  },
  participant: { select: { id: true, user: person } },
  supervisions: {
    select: {
      userId: true,
      role: true,
      firmName: true,
      startDate: true,
      endDate: true,
      user: person,
    },
    orderBy: { startDate: "asc" },
  },
  controls: {
    select: { userId: true, role: true, startDate: true, endDate: true, user: person },
    orderBy: { startDate: "asc" },
  },
  suspensions: {
    select: { startDate: true, endDate: true, reason: true },
    orderBy: { startDate: "asc" },
  },
  documents: {
    select: {
      id: true,
      kind: true,
      sequence: true,
      state: true,
      stateChangedAt: true,
      // The CAC hours come from the last transmitted activity sheet of each year.
      versions: {
        where: { hours: { not: Prisma.AnyNull } },
        select: { hours: true },
        orderBy: { version: "desc" },
        take: 1,
      },
    },
  },
} satisfies Prisma.InternshipSelect;

type DossierRow = Prisma.InternshipGetPayload<{ select: typeof dossierSelect }>;

export type Dossier = DossierRow & {
  settings: CouncilSettings;
  calendar: InternshipCalendar;
  currentYear: number;
  obligations: Obligation[];
  risks: string[];
  training: AttendedTraining[];
  /** Statutory audit hours declared on the activity sheets (CAC track: 200 h at least). */
  cacHours: number;
  stagiaireName: string;
};

export const VARIANT_LABELS = {
  THREE_YEARS: "Stage de 3 ans",
  TWO_YEARS: "Stage de 2 ans (candidat expérimenté)",
  RENEWAL_ONE_YEAR: "Stage d'un an (renouvellement de l'attestation)",
  CAC_HOLDER_ONE_YEAR: "Stage d'un an (titulaire de l'attestation CAC)",
} as const;

function settingsOf(row: DossierRow): CouncilSettings {
  const c = row.council;
  return {
    annualSheetDelayDays: c.annualSheetDelayDays,
    reportDueMonths: c.reportDueMonths,
    trainingDaysTotal: c.trainingDaysTotal,
    elearningHoursTotal: c.elearningHoursTotal,
    amlDayYear: c.amlDayYear,
    penaltyMonths: c.penaltyMonths,
  };
}

function calendarOf(
  row: Pick<DossierRow, "variant" | "startDate" | "suspensions">,
  settings: CouncilSettings,
) {
  return internshipCalendar({
    variant: row.variant,
    startDate: row.startDate,
    suspensions: row.suspensions.map((s) => ({ start: s.startDate, end: s.endDate })),
    settings,
  });
}

async function buildDossiers(rows: DossierRow[], now: Date): Promise<Dossier[]> {
  const today = parisDay(now);
  const training = await loadTraining(rows.map((r) => r.participant.id));
  return rows.map((row) => {
    const settings = settingsOf(row);
    const calendar = calendarOf(row, settings);
    const record = training.get(row.participant.id)!;
    const obligations = buildObligations({
      calendar,
      settings,
      documents: row.documents,
      training: record,
      today,
    });
    return {
      ...row,
      settings,
      calendar,
      currentYear: currentYear(calendar, today),
      obligations,
      risks: risksInPlainWords(obligations, settings, today),
      training: record.sessions,
      stagiaireName: `${row.participant.user.firstName} ${row.participant.user.lastName}`,
      cacHours: row.documents
        .filter((d) => d.kind === "ACTIVITY_SHEET")
        .reduce((sum, d) => sum + activityTotals(readActivityHours(d.versions[0]?.hours)).cac, 0),
    };
  });
}

/** The stagiaire's own dossier (null when they have none). */
export async function getMyDossier(
  viewer: Viewer,
  now: Date = new Date(),
): Promise<Dossier | null> {
  const db = await getDb();
  const row = await db.internship.findFirst({
    where: {
      AND: [internshipScope(viewer, "stagiaire", parisDay(now)), { status: { not: "VOID" } }],
    },
    select: dossierSelect,
    orderBy: { startDate: "desc" },
  });
  return row ? (await buildDossiers([row], now))[0]! : null;
}

/** One stage seen by its maître (or contrôleur): null when it is not theirs today. */
export async function getDossierFor(
  viewer: Viewer,
  audience: Exclude<InternshipAudience, "stagiaire">,
  internshipId: string,
  now: Date = new Date(),
): Promise<Dossier | null> {
  if (!isRecordId(internshipId)) return null;
  const db = await getDb();
  const row = await db.internship.findFirst({
    where: { AND: [internshipScope(viewer, audience, parisDay(now)), { id: internshipId }] },
    select: dossierSelect,
  });
  return row ? (await buildDossiers([row], now))[0]! : null;
}

/**
 * Every stage the viewer supervises (or controls, or oversees as principal)
 * today, with what waits and what is late; `narrow` only narrows the scope
 * (one council, one contrôleur).
 */
export async function listDossiersFor(
  viewer: Viewer,
  audience: Exclude<InternshipAudience, "stagiaire">,
  now: Date = new Date(),
  search = "",
  narrow: Prisma.InternshipWhereInput = {},
): Promise<Dossier[]> {
  const db = await getDb();
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  const rows = await db.internship.findMany({
    where: {
      AND: [
        internshipScope(viewer, audience, parisDay(now)),
        narrow,
        { status: { not: "VOID" } },
        ...words.map((word) => ({
          participant: {
            user: {
              OR: [
                { firstName: { contains: word, mode: "insensitive" as const } },
                { lastName: { contains: word, mode: "insensitive" as const } },
              ],
            },
          },
        })),
      ],
    },
    select: dossierSelect,
    orderBy: [{ participant: { user: { lastName: "asc" } } }, { startDate: "asc" }],
    // A council's portfolio: about a thousand stagiaires in the largest regions.
    take: 2000,
  });
  return buildDossiers(rows, now);
}
