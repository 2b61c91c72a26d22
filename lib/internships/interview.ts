import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/log";
import { formatDateTime, parisDay, parisTime } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import type { InterviewState } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/http/public-url";
import { queueNotice } from "@/lib/notifications/notice";
import { getDossierFor, getMyDossier, type Dossier } from "./dossier";
import { auditStage, writeControllerVersion } from "./controller-writes";
import { endOfStageMail } from "./end-mail";
import { INTERVIEW_YEAR } from "./obligations";
import type {
  CounterProposeInterviewInput,
  InterviewReportInput,
  ProposeInterviewInput,
} from "./schemas";

/**
 * The compulsory interview of year 2: the contrôleur proposes a date with a
 * place or a video link, the stagiaire accepts or proposes another (and so
 * on), then the contrôleur records its report, which is the stage's INTERVIEW
 * document, validated: the obligation of year 2 is met. Each step is a
 * conditional update on the state it was read in, so two tabs store one step.
 */
export type InterviewSide = "stagiaire" | "controller";

/** A refusal may name the form field it is about (shown under that field). */
export type EndResult =
  { ok: true; message: string } | { ok: false; message: string; field?: string };

export const INTERVIEW_STATE_LABELS: Record<InterviewState, string> = {
  PROPOSED_BY_CONTROLLER: "Date proposée par le contrôleur, en attente de la réponse du stagiaire",
  PROPOSED_BY_STAGIAIRE: "Autre date proposée par le stagiaire, en attente du contrôleur",
  ACCEPTED: "Date convenue",
  HELD: "Entretien tenu, compte rendu enregistré",
};

const interviewSelect = {
  state: true,
  scheduledAt: true,
  place: true,
  videoLink: true,
  message: true,
  acceptedAt: true,
  proposedBy: { select: { firstName: true, lastName: true } },
} as const;

export type InterviewPage = {
  dossier: Dossier;
  /** Two-year stages and longer hold it; one-year stages do not. */
  applies: boolean;
  interview: {
    state: InterviewState;
    scheduledAt: Date;
    place: string | null;
    videoLink: string | null;
    message: string | null;
    acceptedAt: Date | null;
    proposedByName: string;
  } | null;
  report: { body: string; at: Date; byName: string } | null;
};

/** The interview as the stagiaire (own stage) or one of its contrôleurs sees it; null: not theirs. */
export async function getInterviewPage(
  viewer: Viewer,
  side: InterviewSide,
  internshipId: string | null,
  now: Date = new Date(),
): Promise<InterviewPage | null> {
  const dossier =
    side === "stagiaire"
      ? await getMyDossier(viewer, now)
      : internshipId
        ? await getDossierFor(viewer, "controller", internshipId, now)
        : null;
  // The stagiaire's own stage; an id, when given, must be it.
  if (!dossier || (internshipId !== null && dossier.id !== internshipId)) return null;
  const db = await getDb();
  const [interview, report] = await Promise.all([
    db.internshipInterview.findUnique({
      where: { internshipId: dossier.id },
      select: interviewSelect,
    }),
    db.internshipDocument.findFirst({
      where: { internshipId: dossier.id, kind: "INTERVIEW", state: "VALIDATED" },
      select: {
        versions: {
          select: {
            body: true,
            createdAt: true,
            createdBy: { select: { firstName: true, lastName: true } },
          },
          orderBy: { version: "desc" },
          take: 1,
        },
      },
    }),
  ]);
  const version = report?.versions[0];
  return {
    dossier,
    applies: dossier.calendar.years >= INTERVIEW_YEAR,
    interview: interview && {
      state: interview.state,
      scheduledAt: interview.scheduledAt,
      place: interview.place,
      videoLink: interview.videoLink,
      message: interview.message,
      acceptedAt: interview.acceptedAt,
      proposedByName: `${interview.proposedBy.firstName} ${interview.proposedBy.lastName}`,
    },
    report: version
      ? {
          body: version.body ?? "",
          at: version.createdAt,
          byName: `${version.createdBy.firstName} ${version.createdBy.lastName}`,
        }
      : null,
  };
}

/** "2027-01-15T14:30" (Paris wall clock, as a datetime-local field gives it) as an instant. */
export function parisDateTime(value: string): Date {
  const [day, time] = value.split("T") as [string, string];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  return parisTime(y, m, d, h, min);
}

type Slot = Pick<ProposeInterviewInput, "scheduledAt" | "place" | "videoLink" | "message">;

function checkSlot(
  slot: Slot,
  now: Date,
): { ok: true; at: Date } | { ok: false; message: string; field: "scheduledAt" } {
  const refuse = (message: string) => ({
    ok: false as const,
    message,
    field: "scheduledAt" as const,
  });
  const at = parisDateTime(slot.scheduledAt);
  if (Number.isNaN(at.getTime())) return refuse("Indiquez la date et l'heure.");
  if (at.getTime() <= now.getTime()) return refuse("Proposez une date à venir.");
  if (at.getTime() > now.getTime() + 400 * 86_400_000) {
    return refuse("Proposez une date dans les douze prochains mois.");
  }
  return { ok: true, at };
}

function slotData(slot: Slot, at: Date) {
  return {
    scheduledAt: at,
    place: slot.place.trim() || null,
    videoLink: slot.videoLink.trim() || null,
    message: slot.message.trim() || null,
  };
}

const HELD_ALREADY = "L'entretien a déjà eu lieu : son compte rendu est enregistré.";
const STALE = "L'entretien vient de changer : rechargez la page.";

/**
 * The page a step of the interview acts on: null (then 404) when the viewer
 * may not see the stage, a refusal when the stage holds no interview, has
 * ended or already holds its report; every step starts here.
 */
async function activeInterviewPage(
  viewer: Viewer,
  side: InterviewSide,
  internshipId: string | null,
  now: Date,
): Promise<InterviewPage | EndResult | null> {
  const page = await getInterviewPage(viewer, side, internshipId, now);
  if (!page) return null;
  if (!page.applies) {
    return { ok: false, message: "Ce stage ne comporte pas d'entretien de 2e année." };
  }
  if (page.dossier.status !== "ACTIVE")
    return { ok: false, message: "Ce stage n'est plus en cours." };
  if (page.interview?.state === "HELD" || page.report) return { ok: false, message: HELD_ALREADY };
  return page;
}

/**
 * Stores a proposal, whichever side makes it: the interview moves from the
 * state it was read in (`from`, null when none exists yet) to `to`, with the
 * proposed slot and its audit row, in one transaction. False when the
 * interview changed in between (another tab stored a step first).
 */
async function storeProposal(
  viewer: Viewer,
  internshipId: string,
  step: {
    from: InterviewState | null;
    to: InterviewState;
    data: ReturnType<typeof slotData>;
    action: string;
    now: Date;
  },
): Promise<boolean> {
  const { from, to, data, action, now } = step;
  const row = { ...data, proposedById: viewer.id, acceptedAt: null };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (from === null) {
      const created = await tx.internshipInterview.createMany({
        data: [{ internshipId, state: to, ...row }],
        skipDuplicates: true,
      });
      if (created.count !== 1) return false;
    } else {
      const changed = await tx.internshipInterview.updateMany({
        where: { internshipId, state: from },
        data: { state: to, ...row },
      });
      if (changed.count !== 1) return false;
    }
    await auditStage(tx, {
      userId: viewer.id,
      action,
      internshipId,
      data: {
        scheduledAt: data.scheduledAt.toISOString(),
        place: data.place,
        videoLink: data.videoLink,
      },
      at: now,
    });
    return true;
  });
}

/** The contrôleur proposes a date (first, again, or in answer to the stagiaire's). */
export async function proposeInterview(
  viewer: Viewer,
  input: ProposeInterviewInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const page = await activeInterviewPage(viewer, "controller", input.internshipId, now);
  if (!page || "ok" in page) return page;
  const slot = checkSlot(input, now);
  if (!slot.ok) return slot;
  const data = slotData(input, slot.at);
  const stored = await storeProposal(viewer, page.dossier.id, {
    from: page.interview?.state ?? null,
    to: "PROPOSED_BY_CONTROLLER",
    data,
    action: "internship-interview.proposed",
    now,
  });
  if (!stored) return { ok: false, message: STALE };
  notifyStagiaire(page.dossier, {
    subject: "Entretien de 2e année : date proposée",
    lines: proposalLines(
      `${viewer.firstName} ${viewer.lastName}, votre contrôleur de stage, vous propose l'entretien de 2e année le ${formatDateTime(slot.at)}.`,
      data,
    ),
    key: `proposed:${slot.at.getTime()}:${now.getTime()}`,
  });
  return { ok: true, message: "Proposition envoyée au stagiaire." };
}

/** The mail of a proposal, whichever side makes it: the date, where, the message, what to do. */
function proposalLines(intro: string, data: ReturnType<typeof slotData>): string[] {
  return [
    intro,
    whereLine(data),
    ...(data.message ? [`Son message :\n${data.message}`] : []),
    "Acceptez cette date ou proposez-en une autre.",
  ];
}

/** The stagiaire proposes another date, in answer to the contrôleur's proposal. */
export async function counterProposeInterview(
  viewer: Viewer,
  input: CounterProposeInterviewInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const page = await activeInterviewPage(viewer, "stagiaire", null, now);
  if (!page || "ok" in page) return page;
  if (page.interview?.state !== "PROPOSED_BY_CONTROLLER") {
    return {
      ok: false,
      message: page.interview
        ? "Aucune proposition du contrôleur n'attend votre réponse."
        : "Votre contrôleur de stage n'a pas encore proposé de date.",
    };
  }
  const slot = checkSlot(input, now);
  if (!slot.ok) return slot;
  const data = slotData(input, slot.at);
  const stored = await storeProposal(viewer, page.dossier.id, {
    from: "PROPOSED_BY_CONTROLLER",
    to: "PROPOSED_BY_STAGIAIRE",
    data,
    action: "internship-interview.counter-proposed",
    now,
  });
  if (!stored) return { ok: false, message: STALE };
  notifyControllers(page.dossier, now, {
    subject: `Entretien de 2e année : ${page.dossier.stagiaireName} propose une autre date`,
    lines: proposalLines(
      `${page.dossier.stagiaireName} propose de tenir l'entretien de 2e année le ${formatDateTime(slot.at)}.`,
      data,
    ),
    key: `counter:${slot.at.getTime()}:${now.getTime()}`,
  });
  return { ok: true, message: "Votre proposition a été envoyée à votre contrôleur de stage." };
}

/** The party who did not make the last proposal accepts it. */
export async function acceptInterview(
  viewer: Viewer,
  side: InterviewSide,
  internshipId: string | null,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const page = await activeInterviewPage(viewer, side, internshipId, now);
  if (!page || "ok" in page) return page;
  const awaited: InterviewState =
    side === "stagiaire" ? "PROPOSED_BY_CONTROLLER" : "PROPOSED_BY_STAGIAIRE";
  if (page.interview?.state !== awaited) {
    return {
      ok: false,
      message:
        page.interview?.state === "ACCEPTED"
          ? "Cette date est déjà convenue."
          : "Aucune proposition n'attend votre réponse.",
    };
  }
  if (page.interview.scheduledAt.getTime() <= now.getTime()) {
    return { ok: false, message: "Cette date est passée : proposez-en une autre." };
  }
  const db = await getDb();
  const stored = await db.$transaction(async (tx) => {
    const changed = await tx.internshipInterview.updateMany({
      where: { internshipId: page.dossier.id, state: awaited },
      data: { state: "ACCEPTED", acceptedAt: now },
    });
    if (changed.count !== 1) return false;
    await auditStage(tx, {
      userId: viewer.id,
      action: "internship-interview.accepted",
      internshipId: page.dossier.id,
      data: { scheduledAt: page.interview!.scheduledAt.toISOString() },
      at: now,
    });
    return true;
  });
  if (!stored) return { ok: false, message: STALE };
  const when = formatDateTime(page.interview.scheduledAt);
  const where = whereLine(page.interview);
  if (side === "stagiaire") {
    notifyControllers(page.dossier, now, {
      subject: `Entretien de 2e année : ${page.dossier.stagiaireName} accepte la date`,
      lines: [`${page.dossier.stagiaireName} a accepté l'entretien de 2e année le ${when}.`, where],
      key: `accepted:${now.getTime()}`,
    });
  } else {
    notifyStagiaire(page.dossier, {
      subject: "Entretien de 2e année : date convenue",
      lines: [
        `${viewer.firstName} ${viewer.lastName}, votre contrôleur de stage, a accepté l'entretien de 2e année le ${when}.`,
        where,
      ],
      key: `accepted:${now.getTime()}`,
    });
  }
  return { ok: true, message: `Entretien convenu le ${when}.` };
}

/**
 * After the interview, the contrôleur records its report: the INTERVIEW
 * document, validated at once (the contrôleur wrote it), with its trail.
 */
export async function recordInterviewReport(
  viewer: Viewer,
  input: InterviewReportInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const page = await activeInterviewPage(viewer, "controller", input.internshipId, now);
  if (!page || "ok" in page) return page;
  if (page.interview?.state !== "ACCEPTED") {
    return { ok: false, message: "Convenez d'abord d'une date d'entretien avec le stagiaire." };
  }
  if (page.interview.scheduledAt.getTime() > now.getTime()) {
    return { ok: false, message: "L'entretien n'a pas encore eu lieu." };
  }
  const year2 = page.dossier.calendar.yearPeriods[INTERVIEW_YEAR - 1]!;
  const db = await getDb();
  const stored = await db.$transaction(async (tx) => {
    const changed = await tx.internshipInterview.updateMany({
      where: { internshipId: page.dossier.id, state: "ACCEPTED" },
      data: { state: "HELD" },
    });
    if (changed.count !== 1) return false;
    const document = await tx.internshipDocument.upsert({
      where: {
        internshipId_kind_sequence: {
          internshipId: page.dossier.id,
          kind: "INTERVIEW",
          sequence: 1,
        },
      },
      create: {
        internshipId: page.dossier.id,
        kind: "INTERVIEW",
        sequence: 1,
        year: INTERVIEW_YEAR,
        periodStart: year2.start,
        periodEnd: year2.end,
        state: "VALIDATED",
        stateChangedAt: now,
      },
      update: { state: "VALIDATED", stateChangedAt: now },
      select: { id: true, state: true, versions: { select: { version: true } } },
    });
    await writeControllerVersion(tx, {
      documentId: document.id,
      version: document.versions.reduce((m, v) => Math.max(m, v.version), 0) + 1,
      body: input.report,
      userId: viewer.id,
      toState: "VALIDATED",
      comment: `Entretien tenu le ${formatDateTime(page.interview!.scheduledAt)}.`,
      at: now,
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "internship-interview.report-recorded",
      entityType: "InternshipDocument",
      entityId: document.id,
      data: { internshipId: page.dossier.id },
      at: now,
    });
    return true;
  });
  if (!stored) return { ok: false, message: STALE };
  notifyStagiaire(page.dossier, {
    subject: "Entretien de 2e année : compte rendu enregistré",
    lines: [
      `${viewer.firstName} ${viewer.lastName}, votre contrôleur de stage, a enregistré le compte rendu de votre entretien de 2e année. L'obligation est validée.`,
    ],
    key: `report:${now.getTime()}`,
  });
  return { ok: true, message: "Compte rendu enregistré : l'obligation est validée." };
}

function whereLine(slot: { place: string | null; videoLink: string | null }): string {
  if (slot.videoLink) return `En visioconférence : ${slot.videoLink}`;
  return `Lieu : ${slot.place ?? "à préciser"}`;
}

type Notice = { subject: string; lines: string[]; key: string };

function notifyStagiaire(dossier: Dossier, notice: Notice) {
  const user = dossier.participant.user;
  const userId = dossier.participant.userId;
  queueNotice({
    kind: "internshipInterview",
    label: "stage.entretien",
    userId,
    dedupeKey: `stage-entretien:${dossier.id}:${notice.key}:${userId}`,
    build: async () =>
      endOfStageMail({
        to: user.email,
        firstName: user.firstName,
        subject: notice.subject,
        lines: notice.lines,
        link: { href: `${publicBaseUrl()}/stage/entretien`, label: "Voir l'entretien" },
      }),
  });
}

function notifyControllers(dossier: Dossier, now: Date, notice: Notice) {
  const today = parisDay(now);
  const current = dossier.controls.filter(
    (c) =>
      c.role === "ADJOINT" &&
      c.startDate.getTime() <= today.getTime() &&
      (!c.endDate || c.endDate.getTime() >= today.getTime()),
  );
  for (const control of current) {
    queueNotice({
      kind: "internshipInterview",
      label: "stage.entretien",
      userId: control.userId,
      dedupeKey: `stage-entretien:${dossier.id}:${notice.key}:${control.userId}`,
      build: async () =>
        endOfStageMail({
          to: control.user.email,
          firstName: control.user.firstName,
          subject: notice.subject,
          lines: notice.lines,
          link: {
            href: `${publicBaseUrl()}/controle-de-stage/entretien/${dossier.id}`,
            label: "Voir l'entretien",
          },
        }),
    });
  }
}
