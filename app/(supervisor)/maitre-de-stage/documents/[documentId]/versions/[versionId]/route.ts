import { versionFileRoute } from "@/lib/internships/document-routes";

/** A file of a supervised stagiaire's document, as an attachment; 404 to anyone who may not read it. */
export const GET = versionFileRoute("supervisor");
