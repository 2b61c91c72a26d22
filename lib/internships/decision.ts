import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/log";
import { formatCalendarDay, parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { publicBaseUrl } from "@/lib/http/public-url";
import { queueNotice } from "@/lib/notifications/notice";
import { getEndOfStageDossier, type Dossier } from "./dossier";
import { auditStage, writeControllerVersion } from "./controller-writes";
import { endOfStageMail } from "./end-mail";
import {
  attestationValidUntil,
  checkDecision,
  DECISION_LABELS,
  extendedValidUntil,
  newAttestationNumber,
} from "./end-rules";
import type { EndResult } from "./interview";
import { documentLabel, finalPackageComplete } from "./obligations";
import type { DecisionFormInput, HearingInput, LatePenaltyInput, SynthesisInput } from "./schemas";
import { documentScope, internshipScope } from "@/lib/scopes/internships";

/**
 * The end of the stage in the contrôleur's space: the fiche générale de
 * synthèse sent to the comité, documents recorded late (their penalty moves
 * the theoretical end), and, for the contrôleur principal, the hearing of the
 * stagiaire, the comité's decision and the attestation de fin de stage.
 */
export type EndOfStage = {
  dossier: Dossier;
  /** The viewer is the stage's contrôleur principal (decisions, hearing, extension). */
  principal: boolean;
  complete: boolean;
  synthesis: { appreciation: string; sentAt: Date; byName: string } | null;
  penalties: {
    documentId: string;
    label: string;
    months: number;
    comment: string | null;
    at: Date;
  }[];
  /** Documents the contrôleur may record late: due date passed before they were transmitted. */
  lateCandidates: { documentId: string; label: string; due: Date }[];
  hearings: { heldOn: Date; summary: string }[];
  decisions: {
    kind: DecisionFormInput["kind"];
    months: number | null;
    decidedOn: Date;
    comment: string | null;
  }[];
  attestation: { number: string; issuedOn: Date; validUntil: Date; extendedAt: Date | null } | null;
};

export async function getEndOfStage(
  viewer: Viewer,
  internshipId: string,
  now: Date = new Date(),
): Promise<EndOfStage | null> {
  const dossier = await getEndOfStageDossier(viewer, internshipId, now);
  if (!dossier) return null;
  const db = await getDb();
  const today = parisDay(now);
  const [principal, synthesis, penalties, hearings, decisions, firstTransmissions] =
    await Promise.all([
      db.internship.count({
        where: { AND: [internshipScope(viewer, "principal", today), { id: dossier.id }] },
      }),
      db.internshipDocument.findFirst({
        where: { internshipId: dossier.id, kind: "SYNTHESIS", state: "FILED" },
        select: {
          stateChangedAt: true,
          versions: {
            select: { body: true, createdBy: { select: { firstName: true, lastName: true } } },
            orderBy: { version: "desc" },
            take: 1,
          },
        },
      }),
      db.internshipPenalty.findMany({
        where: { internshipId: dossier.id },
        select: {
          documentId: true,
          months: true,
          comment: true,
          createdAt: true,
          document: { select: { kind: true, sequence: true } },
        },
        orderBy: { createdAt: "asc" },
      }),
      db.internshipHearing.findMany({
        where: { internshipId: dossier.id },
        select: { heldOn: true, summary: true },
        orderBy: { heldOn: "asc" },
      }),
      db.internshipDecision.findMany({
        where: { internshipId: dossier.id },
        select: { kind: true, months: true, decidedOn: true, comment: true },
        orderBy: [{ decidedOn: "asc" }, { createdAt: "asc" }],
      }),
      db.documentReview.findMany({
        where: {
          document: { internshipId: dossier.id },
          role: "STAGIAIRE",
          toState: "SUBMITTED_TO_SUPERVISOR",
        },
        select: { documentId: true, at: true },
        orderBy: { at: "asc" },
      }),
    ]);
  const firstSent = new Map<string, Date>();
  for (const r of firstTransmissions)
    if (!firstSent.has(r.documentId)) firstSent.set(r.documentId, r.at);
  const penalized = new Set(penalties.map((p) => p.documentId));
  const lateCandidates = dossier.obligations.flatMap((o) => {
    if (!o.documentId || penalized.has(o.documentId) || o.kind === "interview") return [];
    const sent = firstSent.get(o.documentId);
    const late = sent ? parisDay(sent).getTime() > o.due.getTime() : o.status === "late";
    return late ? [{ documentId: o.documentId, label: o.label, due: o.due }] : [];
  });
  const version = synthesis?.versions[0];
  return {
    dossier,
    principal: principal > 0,
    complete: finalPackageComplete(dossier.obligations),
    synthesis:
      synthesis && version
        ? {
            appreciation: version.body ?? "",
            sentAt: synthesis.stateChangedAt,
            byName: `${version.createdBy.firstName} ${version.createdBy.lastName}`,
          }
        : null,
    penalties: penalties.map((p) => ({
      documentId: p.documentId,
      label: documentLabel(p.document.kind, p.document.sequence),
      months: p.months,
      comment: p.comment,
      at: p.createdAt,
    })),
    lateCandidates,
    hearings,
    decisions,
    attestation: dossier.attestation,
  };
}

const STALE = "Le dossier vient de changer : rechargez la page.";

/**
 * The contrôleur sends the fiche générale de synthèse to the council's comité
 * once every obligation is validated; the day it was sent is recorded (the
 * SYNTHESIS document, filed, with its trail). Sent once.
 */
export async function sendSynthesis(
  viewer: Viewer,
  input: SynthesisInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const end = await getEndOfStage(viewer, input.internshipId, now);
  if (!end) return null;
  if (end.synthesis) {
    return { ok: false, message: "La fiche de synthèse a déjà été envoyée au comité du stage." };
  }
  if (!end.complete) {
    return {
      ok: false,
      message:
        "Toutes les obligations ne sont pas validées : la synthèse viendra à la fin du stage.",
    };
  }
  const { dossier } = end;
  const db = await getDb();
  const lastYear = dossier.calendar.yearPeriods.at(-1)!;
  const sent = await db.$transaction(async (tx) => {
    const document = await tx.internshipDocument.upsert({
      where: {
        internshipId_kind_sequence: { internshipId: dossier.id, kind: "SYNTHESIS", sequence: 1 },
      },
      create: {
        internshipId: dossier.id,
        kind: "SYNTHESIS",
        sequence: 1,
        year: dossier.calendar.years,
        periodStart: dossier.startDate,
        periodEnd: lastYear.end,
        state: "DRAFT",
        stateChangedAt: now,
      },
      update: {},
      select: { id: true },
    });
    const changed = await tx.internshipDocument.updateMany({
      where: { id: document.id, state: "DRAFT" },
      data: { state: "FILED", stateChangedAt: now, draftBody: null },
    });
    if (changed.count !== 1) return false;
    await writeControllerVersion(tx, {
      documentId: document.id,
      version: 1,
      body: input.appreciation,
      userId: viewer.id,
      toState: "FILED",
      comment: "Envoyée au comité régional du stage.",
      at: now,
    });
    await writeAudit(tx, {
      actorUserId: viewer.id,
      action: "internship-synthesis.sent",
      entityType: "InternshipDocument",
      entityId: document.id,
      data: { internshipId: dossier.id },
      at: now,
    });
    return true;
  });
  if (!sent)
    return { ok: false, message: "La fiche de synthèse a déjà été envoyée au comité du stage." };
  return { ok: true, message: "Fiche de synthèse envoyée au comité du stage." };
}

/** A document recorded late: the council's penalty (in months) moves the theoretical end. */
export async function recordLatePenalty(
  viewer: Viewer,
  input: LatePenaltyInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  if (!isRecordId(input.documentId)) return null;
  const db = await getDb();
  const doc = await db.internshipDocument.findFirst({
    where: { AND: [documentScope(viewer, "controller", parisDay(now)), { id: input.documentId }] },
    select: { internshipId: true },
  });
  if (!doc) return null;
  const end = await getEndOfStage(viewer, doc.internshipId, now);
  if (!end) return null;
  if (end.penalties.some((p) => p.documentId === input.documentId)) {
    return { ok: false, message: "Ce retard est déjà enregistré." };
  }
  const candidate = end.lateCandidates.find((c) => c.documentId === input.documentId);
  if (!candidate) {
    return { ok: false, message: "Ce document n'a pas été remis après sa date limite." };
  }
  if (end.dossier.status !== "ACTIVE")
    return { ok: false, message: "Ce stage n'est plus en cours." };
  const months = end.dossier.settings.penaltyMonths;
  try {
    await db.$transaction(async (tx) => {
      await tx.internshipPenalty.create({
        data: {
          internshipId: doc.internshipId,
          documentId: input.documentId,
          months,
          comment: input.comment.trim() || null,
          recordedById: viewer.id,
          createdAt: now,
        },
      });
      await writeAudit(tx, {
        actorUserId: viewer.id,
        action: "internship-document.recorded-late",
        entityType: "InternshipDocument",
        entityId: input.documentId,
        data: { label: candidate.label, months },
        at: now,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: "Ce retard est déjà enregistré." };
    throw error;
  }
  return {
    ok: true,
    message: `Retard enregistré : la fin théorique du stage recule de ${months} mois.`,
  };
}

/** The contrôleur principal's view: null unless the viewer is the stage's principal today. */
async function asPrincipal(viewer: Viewer, internshipId: string, now: Date) {
  const end = await getEndOfStage(viewer, internshipId, now);
  return end?.principal ? end : null;
}

const dayOf = (value: string) => new Date(`${value}T00:00:00Z`);

export async function recordHearing(
  viewer: Viewer,
  input: HearingInput,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const end = await asPrincipal(viewer, input.internshipId, now);
  if (!end) return null;
  const heldOn = dayOf(input.heldOn);
  if (Number.isNaN(heldOn.getTime()) || heldOn.getTime() > parisDay(now).getTime()) {
    return { ok: false, message: "L'audition ne peut pas être datée dans le futur." };
  }
  if (end.dossier.status !== "ACTIVE")
    return { ok: false, message: "Ce stage n'est plus en cours." };
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.internshipHearing.create({
      data: {
        internshipId: end.dossier.id,
        heldOn,
        summary: input.summary,
        recordedById: viewer.id,
        createdAt: now,
      },
    });
    await auditStage(tx, {
      userId: viewer.id,
      action: "internship-hearing.recorded",
      internshipId: end.dossier.id,
      data: { heldOn: input.heldOn },
      at: now,
    });
  });
  return { ok: true, message: `Audition du ${formatCalendarDay(heldOn)} enregistrée.` };
}

/**
 * The comité's decision, recorded by the contrôleur principal. An
 * attestation is issued in the same transaction: the stage moves from
 * ACTIVE to COMPLETED by a conditional update and the attestation's
 * internshipId is unique, so of many calls at once exactly one issues it.
 */
export async function recordDecision(
  viewer: Viewer,
  input: DecisionFormInput,
  now: Date = new Date(),
): Promise<(EndResult & { number?: string }) | null> {
  const end = await asPrincipal(viewer, input.internshipId, now);
  if (!end) return null;
  const decidedOn = dayOf(input.decidedOn);
  const today = parisDay(now);
  const lastInvalidation = end.decisions.filter((d) => d.kind === "INVALIDATION").at(-1);
  const check = checkDecision(
    {
      status: end.dossier.status,
      complete: end.complete,
      synthesisSentOn: end.synthesis ? parisDay(end.synthesis.sentAt) : null,
      hearings: end.hearings.map((h) => h.heldOn),
      lastInvalidationOn: lastInvalidation?.decidedOn ?? null,
      today,
    },
    { kind: input.kind, months: input.kind === "INVALIDATION" ? input.months : null, decidedOn },
  );
  if (!check.ok) return check;
  const { dossier } = end;
  const db = await getDb();
  const number = input.kind === "ATTESTATION" ? newAttestationNumber() : null;
  let outcome: "ok" | "already" | "stale";
  try {
    outcome = await db.$transaction(async (tx) => {
      if (input.kind === "ATTESTATION") {
        const changed = await tx.internship.updateMany({
          where: { id: dossier.id, status: "ACTIVE" },
          data: { status: "COMPLETED" },
        });
        if (changed.count !== 1) return "already" as const;
      } else {
        const active = await tx.internship.count({ where: { id: dossier.id, status: "ACTIVE" } });
        if (active !== 1) return "stale" as const;
      }
      const decision = await tx.internshipDecision.create({
        data: {
          internshipId: dossier.id,
          kind: input.kind,
          months: input.kind === "INVALIDATION" ? input.months : null,
          decidedOn,
          comment: input.comment.trim() || null,
          recordedById: viewer.id,
          createdAt: now,
        },
        select: { id: true },
      });
      if (number) {
        await tx.internshipAttestation.create({
          data: {
            internshipId: dossier.id,
            decisionId: decision.id,
            number,
            issuedOn: decidedOn,
            validUntil: attestationValidUntil(decidedOn),
            createdAt: now,
          },
        });
      }
      await auditStage(tx, {
        userId: viewer.id,
        action: "internship-decision.recorded",
        internshipId: dossier.id,
        data: { kind: input.kind, months: input.months, decidedOn: input.decidedOn, number },
        at: now,
      });
      return "ok" as const;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = "already";
  }
  if (outcome === "already") {
    return { ok: false, message: "L'attestation de fin de stage a déjà été délivrée." };
  }
  if (outcome === "stale") return { ok: false, message: STALE };
  notifyDecision(dossier, input, decidedOn, number);
  return {
    ok: true,
    message: number
      ? `Attestation de fin de stage n° ${number} délivrée.`
      : `${DECISION_LABELS[input.kind]} enregistrée.`,
    ...(number ? { number } : {}),
  };
}

function notifyDecision(
  dossier: Dossier,
  input: DecisionFormInput,
  decidedOn: Date,
  number: string | null,
) {
  const user = dossier.participant.user;
  const day = formatCalendarDay(decidedOn);
  const line =
    input.kind === "ATTESTATION"
      ? `Le comité régional du stage a proposé la délivrance de votre attestation de fin de stage le ${day}. Elle porte le n° ${number} et vaut six ans.`
      : input.kind === "REFUSAL"
        ? `Le comité régional du stage a refusé le ${day} de vous délivrer l'attestation de fin de stage.`
        : `Le comité régional du stage a invalidé ${input.months} mois de votre stage le ${day} : la fin théorique de votre stage recule d'autant.`;
  queueNotice({
    kind: "internshipDecision",
    label: "stage.decision",
    userId: dossier.participant.userId,
    dedupeKey: `stage-decision:${dossier.id}:${input.kind}:${input.decidedOn}:${number ?? input.months}`,
    build: async () =>
      endOfStageMail({
        to: user.email,
        firstName: user.firstName,
        subject: `Votre stage : ${DECISION_LABELS[input.kind].toLowerCase()}`,
        lines: [line, ...(input.comment.trim() ? [input.comment.trim()] : [])],
        link: { href: `${publicBaseUrl()}/stage`, label: "Voir mon stage" },
      }),
  });
}

/** The attestation's validity extended by 2 years, once, by the contrôleur principal. */
export async function extendAttestation(
  viewer: Viewer,
  internshipId: string,
  now: Date = new Date(),
): Promise<EndResult | null> {
  const end = await asPrincipal(viewer, internshipId, now);
  if (!end) return null;
  const attestation = end.attestation;
  if (!attestation)
    return { ok: false, message: "Aucune attestation de fin de stage n'a été délivrée." };
  if (attestation.extendedAt) {
    return { ok: false, message: "La validité de cette attestation a déjà été prolongée." };
  }
  const until = extendedValidUntil(attestation.validUntil);
  const db = await getDb();
  const done = await db.$transaction(async (tx) => {
    const changed = await tx.internshipAttestation.updateMany({
      where: { internshipId: end.dossier.id, extendedAt: null },
      data: { extendedAt: now, extendedById: viewer.id, validUntil: until },
    });
    if (changed.count !== 1) return false;
    await auditStage(tx, {
      userId: viewer.id,
      action: "internship-attestation.extended",
      internshipId: end.dossier.id,
      data: { number: attestation.number, validUntil: until.toISOString().slice(0, 10) },
      at: now,
    });
    return true;
  });
  if (!done)
    return { ok: false, message: "La validité de cette attestation a déjà été prolongée." };
  return { ok: true, message: `Validité prolongée jusqu'au ${formatCalendarDay(until)}.` };
}
