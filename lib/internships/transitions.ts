import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/log";
import { formatCalendarDay, parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/lib/db/generated/client";
import type { InternshipDocumentState, ReviewerRole } from "@/lib/db/generated/enums";
import { publicBaseUrl } from "@/lib/http/public-url";
import { queueMail } from "@/lib/mail/queue";
import { activityTotals, readActivityHours } from "./activity-kinds";
import { yearOf } from "./calendar";
import { getMyDossier } from "./dossier";
import { documentEndorsedMail, documentReturnedMail, documentTransmittedMail } from "./mail";
import { documentLabel } from "./obligations";
import { stagiaireDocumentPath, supervisorDocumentPath } from "./paths";
import type { SaveDraftInput } from "./schemas";
import { coversDay, documentScope, type InternshipAudience } from "./scope";
import { formerControllerRefusal, notifyControl } from "./review";
import { checkMove, EDITABLE_STATES, STATE_LABELS, type DocumentMove } from "./state-machine";

/**
 * Every change of an internship document. A transition is stored with a
 * conditional update (`WHERE state = <the state it was read in>`): of two tabs
 * transmitting at once, one changes the row and the other is refused, so the
 * trail never holds the same transition twice. Null: not the viewer's.
 */
export type WriteResult =
  { ok: true; documentId: string; state: InternshipDocumentState } | { ok: false; message: string };

const STALE = "Ce document vient de changer : rechargez la page.";

/** Saves the stagiaire's draft (creating the document the first time); a return reopens it. */
export async function saveDraft(
  viewer: Viewer,
  input: SaveDraftInput,
  now: Date = new Date(),
): Promise<WriteResult | null> {
  const dossier = await getMyDossier(viewer, now);
  if (!dossier) return null;
  const period =
    input.kind === "REPORT"
      ? dossier.calendar.reports.find((r) => r.number === input.sequence)
      : (() => {
          const p = dossier.calendar.yearPeriods[input.sequence - 1];
          return p && { period: p, year: input.sequence };
        })();
  if (!period) return null;
  const hours =
    input.kind === "ACTIVITY_SHEET" ? (input.hours as Prisma.InputJsonValue) : undefined;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const document = await tx.internshipDocument.upsert({
      where: {
        internshipId_kind_sequence: {
          internshipId: dossier.id,
          kind: input.kind,
          sequence: input.sequence,
        },
      },
      create: {
        internshipId: dossier.id,
        kind: input.kind,
        sequence: input.sequence,
        year: period.year,
        periodStart: period.period.start,
        periodEnd: period.period.end,
        draftBody: input.body,
        draftHours: hours,
        stateChangedAt: now,
        createdAt: now,
      },
      update: {},
      select: { id: true, state: true, createdAt: true },
    });
    if (document.createdAt.getTime() === now.getTime() && document.state === "DRAFT") {
      return { ok: true as const, documentId: document.id, state: document.state };
    }
    if (!EDITABLE_STATES.includes(document.state)) {
      return {
        ok: false as const,
        message: `Ce document est « ${STATE_LABELS[document.state]} » : il ne peut plus être modifié.`,
      };
    }
    const reopening = document.state !== "DRAFT";
    const changed = await tx.internshipDocument.updateMany({
      where: { id: document.id, state: document.state },
      data: {
        draftBody: input.body,
        ...(hours !== undefined ? { draftHours: hours } : {}),
        ...(reopening ? { state: "DRAFT", stateChangedAt: now } : {}),
      },
    });
    if (changed.count !== 1) return { ok: false as const, message: STALE };
    if (reopening) {
      await tx.documentReview.create({
        data: {
          documentId: document.id,
          userId: viewer.id,
          role: "STAGIAIRE",
          fromState: document.state,
          toState: "DRAFT",
          at: now,
        },
      });
    }
    return { ok: true as const, documentId: document.id, state: "DRAFT" as const };
  });
}

const AUDIENCE: Record<DocumentMove, InternshipAudience | null> = {
  transmit: "stagiaire",
  reopen: "stagiaire",
  submitToController: "stagiaire",
  endorse: "supervisor",
  coEndorse: "supervisor",
  return: "supervisor",
  validate: "controller",
  requestCorrections: "controller",
  file: null,
};

const AUDIT_ACTION: Partial<Record<DocumentMove, string>> = {
  transmit: "internship-document.transmitted",
  reopen: "internship-document.reopened",
  submitToController: "internship-document.submitted-to-controller",
  endorse: "internship-document.endorsed",
  coEndorse: "internship-document.co-endorsed",
  return: "internship-document.returned",
  validate: "internship-document.validated",
  requestCorrections: "internship-document.corrections-requested",
};

/** One move of the state machine by the stagiaire, the maître or the contrôleur de stage. */
export async function moveDocument(
  viewer: Viewer,
  input: { documentId: string; move: DocumentMove; comment?: string | null },
  now: Date = new Date(),
): Promise<WriteResult | null> {
  const audience = AUDIENCE[input.move];
  if (!audience || !isRecordId(input.documentId)) return null;
  const today = parisDay(now);
  const comment = input.comment?.trim() || null;
  const db = await getDb();
  const doc = await db.internshipDocument.findFirst({
    where: { AND: [documentScope(viewer, audience, today), { id: input.documentId }] },
    select: {
      id: true,
      kind: true,
      sequence: true,
      state: true,
      periodEnd: true,
      draftBody: true,
      draftHours: true,
      draftFileKey: true,
      draftFileName: true,
      draftFileType: true,
      draftFileSize: true,
      internshipId: true,
      versions: { select: { id: true, version: true }, orderBy: { version: "desc" }, take: 1 },
      internship: {
        select: {
          cacTrack: true,
          participant: { select: { user: { select: personSelect } } },
          supervisions: {
            where: coversDay(today),
            select: { userId: true, role: true, startDate: true, user: { select: personSelect } },
          },
          controls: {
            where: { role: "ADJOINT", ...coversDay(today) },
            select: { user: { select: personSelect } },
          },
        },
      },
    },
  });
  if (!doc) {
    return audience === "controller"
      ? formerControllerRefusal(viewer, input.documentId, today)
      : null;
  }

  let role: ReviewerRole = audience === "controller" ? "CONTROLLER" : "STAGIAIRE";
  if (audience === "supervisor") {
    const wanted = input.move === "coEndorse" ? "CO_MASTER" : "MASTER";
    const mine = doc.internship.supervisions.filter((s) => s.userId === viewer.id);
    const covering = mine.find(
      (s) => s.role === wanted && s.startDate.getTime() <= doc.periodEnd.getTime(),
    );
    if (covering) role = wanted;
    else if (
      mine.some((s) => s.role !== wanted && s.startDate.getTime() <= doc.periodEnd.getTime())
    ) {
      role = wanted === "MASTER" ? "CO_MASTER" : "MASTER";
    } else {
      return {
        ok: false,
        message: "Vous n'étiez pas maître de stage de ce stagiaire pour la période de ce document.",
      };
    }
  }
  const check = checkMove(doc.state, input.move, role, comment);
  if (!check.ok) return check;
  if (input.move === "coEndorse" && !doc.internship.cacTrack) {
    return { ok: false, message: "Ce stage ne comporte pas de partie commissariat aux comptes." };
  }
  if (input.move === "transmit" && doc.kind !== "TRAINING_SHEET") {
    const hasText = Boolean(doc.draftBody?.trim());
    const hasHours = activityTotals(readActivityHours(doc.draftHours)).total > 0;
    const empty =
      doc.kind === "ACTIVITY_SHEET"
        ? !hasHours && !doc.draftFileKey
        : !hasText && !doc.draftFileKey;
    if (empty) {
      return {
        ok: false,
        message:
          doc.kind === "ACTIVITY_SHEET"
            ? "Indiquez vos heures ou déposez la fiche signée avant de la transmettre."
            : "Rédigez le rapport ou déposez un fichier avant de le transmettre.",
      };
    }
  }

  const body =
    input.move === "transmit" && doc.kind === "TRAINING_SHEET"
      ? await trainingSheetText(viewer, doc.sequence, doc.draftBody, now)
      : doc.draftBody?.trim()
        ? doc.draftBody
        : null;
  const label = documentLabel(doc.kind, doc.sequence);
  const outcome = await db.$transaction(async (tx) => {
    const changed = await tx.internshipDocument.updateMany({
      where: { id: doc.id, state: doc.state },
      data: {
        state: check.to,
        ...(check.to !== doc.state ? { stateChangedAt: now } : {}),
        ...(input.move === "transmit"
          ? { draftFileKey: null, draftFileName: null, draftFileType: null, draftFileSize: null }
          : {}),
      },
    });
    if (changed.count !== 1) return null;
    let versionId = doc.versions[0]?.id ?? null;
    if (input.move === "coEndorse") {
      // The update above holds the row: a second co-visa of the same version waits, then sees the first.
      const already = await tx.documentReview.count({
        where: { documentId: doc.id, versionId, role: "CO_MASTER" },
      });
      if (already > 0) return "ALREADY_CO_ENDORSED" as const;
    }
    if (input.move === "transmit") {
      const version = await tx.internshipDocumentVersion.create({
        data: {
          documentId: doc.id,
          version: (doc.versions[0]?.version ?? 0) + 1,
          body,
          hours: doc.kind === "ACTIVITY_SHEET" ? (doc.draftHours ?? undefined) : undefined,
          storageKey: doc.draftFileKey,
          fileName: doc.draftFileName,
          mimeType: doc.draftFileType,
          sizeBytes: doc.draftFileSize,
          createdById: viewer.id,
          createdAt: now,
        },
        select: { id: true },
      });
      versionId = version.id;
    }
    await tx.documentReview.create({
      data: {
        documentId: doc.id,
        versionId,
        userId: viewer.id,
        role,
        fromState: doc.state,
        toState: check.to,
        comment,
        at: now,
      },
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: AUDIT_ACTION[input.move]!,
      entityType: "InternshipDocument",
      entityId: doc.id,
      data: { label, from: doc.state, to: check.to },
      at: now,
    });
    return check.to;
  });
  if (outcome === "ALREADY_CO_ENDORSED") {
    return {
      ok: false,
      message: "Vous avez déjà visé la partie commissariat aux comptes de cette version.",
    };
  }
  if (!outcome) {
    // Another tab (or person) moved it first: say where it stands now.
    const current = await db.internshipDocument.findUnique({
      where: { id: doc.id },
      select: { state: true },
    });
    const again = current && checkMove(current.state, input.move, role, comment);
    return { ok: false, message: again && !again.ok ? again.message : STALE };
  }

  notify(input.move, {
    label,
    comment,
    documentId: doc.id,
    stagiaire: doc.internship.participant.user,
    actor: viewer,
    masters: doc.internship.supervisions.filter((s) => s.role === "MASTER").map((s) => s.user),
    controllers: doc.internship.controls.map((c) => c.user),
    stagiairePath: stagiaireDocumentPath(doc.kind, doc.sequence),
    reviewKey: `${doc.id}:${outcome}:${now.getTime()}`,
  });
  return { ok: true, documentId: doc.id, state: outcome };
}

const personSelect = { id: true, firstName: true, lastName: true, email: true } as const;
type Person = { id: string; firstName: string; lastName: string; email: string };

function notify(
  move: DocumentMove,
  facts: {
    label: string;
    comment: string | null;
    documentId: string;
    stagiaire: Person;
    actor: Pick<Viewer, "firstName" | "lastName">;
    masters: Person[];
    controllers: Person[];
    stagiairePath: string;
    reviewKey: string;
  },
) {
  const base = publicBaseUrl();
  const actorName = `${facts.actor.firstName} ${facts.actor.lastName}`;
  if (move === "transmit") {
    for (const master of facts.masters) {
      queueMail(
        "stage.document-transmis",
        async () =>
          documentTransmittedMail({
            to: master.email,
            firstName: master.firstName,
            stagiaireName: `${facts.stagiaire.firstName} ${facts.stagiaire.lastName}`,
            label: facts.label,
            link: `${base}${supervisorDocumentPath(facts.documentId)}`,
          }),
        { dedupeKey: `stage-transmis:${facts.reviewKey}:${master.email}` },
      );
    }
  } else if (
    move === "submitToController" ||
    move === "validate" ||
    move === "requestCorrections"
  ) {
    notifyControl(move, { ...facts, base, actorName });
  } else if (move === "endorse" || move === "return" || move === "coEndorse") {
    const link = `${base}${facts.stagiairePath}`;
    queueMail(
      move === "return" ? "stage.document-renvoye" : "stage.document-vise",
      async () =>
        move !== "return"
          ? documentEndorsedMail({
              to: facts.stagiaire.email,
              firstName: facts.stagiaire.firstName,
              supervisorName: actorName,
              label:
                move === "coEndorse"
                  ? `${facts.label} (partie commissariat aux comptes)`
                  : facts.label,
              comment: facts.comment,
              link,
            })
          : documentReturnedMail({
              to: facts.stagiaire.email,
              firstName: facts.stagiaire.firstName,
              supervisorName: actorName,
              label: facts.label,
              comment: facts.comment ?? "",
              link,
            }),
      { dedupeKey: `stage-${move}:${facts.reviewKey}` },
    );
  }
}

const dayCount = (n: number) => `${String(n).replace(".", ",")} jour${n > 1 ? "s" : ""}`;

/**
 * The annual training sheet as transmitted: the sessions attended towards the
 * stage that year and the training obligations met, then the stagiaire's comment.
 */
async function trainingSheetText(
  viewer: Viewer,
  year: number,
  comment: string | null,
  now: Date,
): Promise<string> {
  const dossier = await getMyDossier(viewer, now);
  if (!dossier) return comment ?? "";
  const sessions = dossier.training.filter((s) => yearOf(dossier.calendar, s.firstDay) === year);
  const progress = dossier.obligations.filter((o) => o.year === year && o.progress);
  const lines = [
    `Sessions suivies en année ${year} :`,
    ...(sessions.length
      ? sessions.map(
          (s) =>
            `- ${s.title} (Réf : ${s.reference}), à partir du ${formatCalendarDay(s.firstDay)} : ${dayCount(s.days)}`,
        )
      : ["- aucune"]),
    "",
    ...progress.map(
      (o) =>
        `${o.label} : ${String(o.progress!.done).replace(".", ",")} sur ${o.progress!.required}`,
    ),
  ];
  if (comment?.trim()) lines.push("", `Commentaire : ${comment.trim()}`);
  return lines.join("\n");
}
