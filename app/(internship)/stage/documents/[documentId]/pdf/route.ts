import { documentPdfRoute } from "@/lib/internships/document-routes";
import { getMyDocumentPageById } from "@/lib/internships/documents";

/** One of the stagiaire's documents and its visa trail, as a PDF; 404 to anyone else. */
export const GET = documentPdfRoute((viewer, documentId) =>
  getMyDocumentPageById(viewer, documentId),
);
