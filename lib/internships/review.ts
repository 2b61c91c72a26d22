import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { isRecordId } from "@/lib/db/record-id";
import { queueNotice } from "@/lib/notifications/notice";
import { documentSelect, toView, type DocumentPage, type DocumentView } from "./documents";
import { getDossierFor } from "./dossier";
import { controllerDecisionMail, documentAwaitsControllerMail } from "./mail";
import { documentLabel } from "./obligations";
import { controllerDocumentPath, supervisorDocumentPath } from "./paths";
import { documentScope, REACHED_CONTROLLER } from "./scope";

/**
 * The contrôleur de stage's side of a document: what he reads (the version
 * the maître visaed, with the maître's observations), the refusal given to a
 * contrôleur the stagiaire was taken from, and the e-mails of the control
 * (transmitted to the contrôleur; validated or corrections asked, to the
 * stagiaire and the maître). The moves themselves are the state machine's
 * (transitions.ts: `validate`, `requestCorrections`).
 */
export type ControlledDocumentPage = DocumentPage & {
  document: DocumentView;
  /** Transmitted to the contrôleur and not decided yet. */
  canDecide: boolean;
  /** The maître's (and co-maître's) visas of the version the contrôleur reads. */
  observations: DocumentView["reviews"];
};

/** A document of a stagiaire assigned to the viewer today, once it reached him: null otherwise. */
export async function getControlledDocumentPage(
  viewer: Viewer,
  documentId: string,
  now: Date = new Date(),
): Promise<ControlledDocumentPage | null> {
  if (!isRecordId(documentId)) return null;
  const today = parisDay(now);
  const db = await getDb();
  const row = await db.internshipDocument.findFirst({
    where: {
      AND: [documentScope(viewer, "controller", today), { id: documentId }, REACHED_CONTROLLER],
    },
    select: documentSelect,
  });
  if (!row) return null;
  const dossier = await getDossierFor(viewer, "controller", row.internshipId, now);
  const obligation = dossier?.obligations.find((o) => o.documentId === row.id);
  if (!dossier || !obligation) return null;
  // The draft the stagiaire may be writing is his own until he transmits it.
  const document = toView({
    ...row,
    draftBody: null,
    draftHours: null,
    draftFileName: null,
    draftFileType: null,
    draftFileSize: null,
  });
  const latest = document.versions[0]?.version;
  return {
    dossier,
    obligation,
    label: documentLabel(row.kind, row.sequence),
    kind: row.kind,
    sequence: row.sequence,
    document,
    canDecide: row.state === "SUBMITTED_TO_CONTROLLER",
    observations: document.reviews.filter(
      (r) =>
        (r.role === "MASTER" || r.role === "CO_MASTER") &&
        r.toState !== "RETURNED" &&
        r.version?.version === latest,
    ),
  };
}

/**
 * A contrôleur whose stagiaire was reassigned to someone else acts on a page
 * he still has open: he is told so in French (and nothing changes). Null for
 * anyone who never controlled the stage (a 404, as for any other row).
 */
export async function formerControllerRefusal(
  viewer: Pick<Viewer, "id">,
  documentId: string,
  today: Date,
): Promise<{ ok: false; message: string } | null> {
  const db = await getDb();
  const former = await db.internshipDocument.count({
    where: {
      id: documentId,
      internship: {
        controls: { some: { userId: viewer.id, role: "ADJOINT", endDate: { lt: today } } },
      },
    },
  });
  return former > 0
    ? {
        ok: false,
        message:
          "Ce stagiaire a été confié à un autre contrôleur de stage : vous ne pouvez plus agir sur ses documents.",
      }
    : null;
}

type Person = { id: string; firstName: string; lastName: string; email: string };

/** The e-mails of the control (category "Stage" of Mes notifications). */
export function notifyControl(
  move: "submitToController" | "validate" | "requestCorrections",
  facts: {
    label: string;
    comment: string | null;
    documentId: string;
    stagiaire: Person;
    masters: Person[];
    controllers: Person[];
    stagiairePath: string;
    reviewKey: string;
    base: string;
    actorName: string;
  },
) {
  const stagiaireName = `${facts.stagiaire.firstName} ${facts.stagiaire.lastName}`;
  if (move === "submitToController") {
    for (const controller of facts.controllers) {
      queueNotice({
        kind: "internshipDocumentAwaitsController",
        label: "stage.document-transmis-controleur",
        userId: controller.id,
        dedupeKey: `stage-controleur:${facts.reviewKey}:${controller.id}`,
        build: async () =>
          documentAwaitsControllerMail({
            to: controller.email,
            firstName: controller.firstName,
            stagiaireName,
            label: facts.label,
            link: `${facts.base}${controllerDocumentPath(facts.documentId)}`,
          }),
      });
    }
    return;
  }
  const decision = move === "validate" ? "validated" : "corrections";
  const recipients = [
    { person: facts.stagiaire, link: facts.stagiairePath, stagiaireName: undefined },
    ...facts.masters.map((m) => ({
      person: m,
      link: supervisorDocumentPath(facts.documentId),
      stagiaireName,
    })),
  ];
  for (const r of recipients) {
    queueNotice({
      kind: "internshipControllerDecision",
      label: move === "validate" ? "stage.document-valide" : "stage.corrections-demandees",
      userId: r.person.id,
      dedupeKey: `stage-${move}:${facts.reviewKey}:${r.person.id}`,
      build: async () =>
        controllerDecisionMail({
          to: r.person.email,
          firstName: r.person.firstName,
          controllerName: facts.actorName,
          label: facts.label,
          decision,
          comment: facts.comment,
          link: `${facts.base}${r.link}`,
          stagiaireName: r.stagiaireName,
        }),
    });
  }
}
