import { documentPdfRoute } from "@/lib/internships/document-routes";
import { getSupervisedDocumentPage } from "@/lib/internships/documents";

/** A supervised stagiaire's document and its visa trail, as a PDF; 404 to anyone else. */
export const GET = documentPdfRoute((viewer, documentId) =>
  getSupervisedDocumentPage(viewer, documentId),
);
