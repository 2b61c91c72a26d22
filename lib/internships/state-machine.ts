import type { InternshipDocumentState, ReviewerRole } from "@/lib/db/generated/enums";

/**
 * The life of an internship document (règlement du stage art. 520-522, PACA's
 * flow): the stagiaire writes and transmits, the maître visas or returns it,
 * the contrôleur validates or asks for corrections, then it is filed with the
 * council. Each move names who may make it; anything else is refused in French.
 */
export type DocumentMove =
  | "transmit"
  | "reopen"
  | "return"
  | "endorse"
  | "coEndorse"
  | "submitToController"
  | "validate"
  | "requestCorrections"
  | "file";

type Rule = {
  from: readonly InternshipDocumentState[];
  /** Null: the move is recorded in the trail and leaves the state as it is. */
  to: InternshipDocumentState | null;
  by: readonly ReviewerRole[];
  /** A return or a request for corrections must say why. */
  needsComment?: boolean;
};

export const MOVES: Record<DocumentMove, Rule> = {
  transmit: { from: ["DRAFT"], to: "SUBMITTED_TO_SUPERVISOR", by: ["STAGIAIRE"] },
  reopen: { from: ["RETURNED", "CORRECTIONS_REQUESTED"], to: "DRAFT", by: ["STAGIAIRE"] },
  return: {
    from: ["SUBMITTED_TO_SUPERVISOR"],
    to: "RETURNED",
    by: ["MASTER"],
    needsComment: true,
  },
  endorse: { from: ["SUBMITTED_TO_SUPERVISOR"], to: "ENDORSED", by: ["MASTER"] },
  // The co-maître (commissaire aux comptes) visas the CAC part; the maître's visa moves the document.
  coEndorse: { from: ["SUBMITTED_TO_SUPERVISOR", "ENDORSED"], to: null, by: ["CO_MASTER"] },
  submitToController: { from: ["ENDORSED"], to: "SUBMITTED_TO_CONTROLLER", by: ["STAGIAIRE"] },
  validate: { from: ["SUBMITTED_TO_CONTROLLER"], to: "VALIDATED", by: ["CONTROLLER"] },
  requestCorrections: {
    from: ["SUBMITTED_TO_CONTROLLER"],
    to: "CORRECTIONS_REQUESTED",
    by: ["CONTROLLER"],
    needsComment: true,
  },
  file: { from: ["VALIDATED"], to: "FILED", by: ["CONTROLLER", "COUNCIL"] },
};

export const STATE_LABELS: Record<InternshipDocumentState, string> = {
  DRAFT: "Brouillon",
  SUBMITTED_TO_SUPERVISOR: "Transmis au maître de stage",
  RETURNED: "Renvoyé par le maître de stage",
  ENDORSED: "Visé",
  SUBMITTED_TO_CONTROLLER: "Transmis au contrôleur",
  VALIDATED: "Validé",
  CORRECTIONS_REQUESTED: "Corrections demandées",
  FILED: "Déposé au conseil régional",
};

const REFUSALS: Partial<Record<InternshipDocumentState, string>> = {
  DRAFT: "Ce document est encore un brouillon : il n'a pas été transmis.",
  SUBMITTED_TO_SUPERVISOR: "Ce document a déjà été transmis à votre maître de stage.",
  RETURNED: "Ce document a été renvoyé au stagiaire.",
  ENDORSED: "Ce document a déjà été visé.",
  SUBMITTED_TO_CONTROLLER: "Ce document a déjà été transmis au contrôleur de stage.",
  VALIDATED: "Ce document est validé : il ne peut plus changer.",
  CORRECTIONS_REQUESTED: "Des corrections ont été demandées sur ce document.",
  FILED: "Ce document est déposé au conseil régional : il ne peut plus changer.",
};

/** States a document is in before it reaches the contrôleur. */
const BEFORE_CONTROLLER: readonly InternshipDocumentState[] = [
  "DRAFT",
  "SUBMITTED_TO_SUPERVISOR",
  "RETURNED",
  "ENDORSED",
];

export type MoveCheck = { ok: true; to: InternshipDocumentState } | { ok: false; message: string };

/** Whether `role` may make `move` on a document in `state`, and where it leads. */
export function checkMove(
  state: InternshipDocumentState,
  move: DocumentMove,
  role: ReviewerRole,
  comment?: string | null,
): MoveCheck {
  const rule = MOVES[move];
  if (!rule.by.includes(role)) {
    return { ok: false, message: "Cette action ne vous revient pas sur ce document." };
  }
  if (!rule.from.includes(state)) {
    if (role === "CONTROLLER" && BEFORE_CONTROLLER.includes(state)) {
      return {
        ok: false,
        message:
          "Ce document n'a pas encore été visé par le maître de stage et transmis au contrôleur : rien n'a été changé.",
      };
    }
    return { ok: false, message: REFUSALS[state] ?? "Cette action n'est plus possible." };
  }
  if (rule.needsComment && !comment?.trim()) {
    return { ok: false, message: "Indiquez la raison." };
  }
  return { ok: true, to: rule.to ?? state };
}

/** States in which the stagiaire may write (a return or corrections reopen the draft). */
export const EDITABLE_STATES: readonly InternshipDocumentState[] = [
  "DRAFT",
  "RETURNED",
  "CORRECTIONS_REQUESTED",
];
