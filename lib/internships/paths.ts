import type { InternshipDocumentKind } from "@/lib/db/generated/enums";

/** Where each document lives in the two spaces. */
export function stagiaireDocumentPath(kind: InternshipDocumentKind, sequence: number): string {
  switch (kind) {
    case "REPORT":
      return `/stage/rapports/${sequence}`;
    case "ACTIVITY_SHEET":
      return `/stage/fiches-activites/${sequence}`;
    case "TRAINING_SHEET":
      return `/stage/formations#formations-annee-${sequence}`;
    default:
      return "/stage";
  }
}

export const supervisorDocumentPath = (documentId: string) =>
  `/maitre-de-stage/documents/${documentId}`;

export const controllerDocumentPath = (documentId: string) =>
  `/controle-de-stage/documents/${documentId}`;
