import { versionFileRoute } from "@/lib/internships/document-routes";

/** A file the stagiaire transmitted, as an attachment; 404 to anyone who may not read the document. */
export const GET = versionFileRoute("stagiaire");
