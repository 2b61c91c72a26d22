import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { isRecordId } from "@/lib/db/record-id";
import { getDb } from "@/lib/db";
import { getCertificate, type CertificateData } from "@/lib/certificates/certificate";
import { getConvocation, type ConvocationData } from "@/lib/documents/convocation";
import { requireCompanyPermission } from "./authorize";

export const COMPANY_DOCUMENT_KINDS = ["convocation", "attestation"] as const;
export type CompanyDocumentKind = (typeof COMPANY_DOCUMENT_KINDS)[number];

export type CompanyDocument =
  { kind: "convocation"; data: ConvocationData } | { kind: "attestation"; data: CertificateData };

/**
 * A collaborator's convocation or certificate, for a member holding
 * documents.view in the collaborator's company; null (then 404) otherwise.
 *
 * lib/documents/access.ts authorizes only the participant today. Rather than
 * copy its queries and its issuance rules, the company is checked here and
 * lib/documents is then asked as the collaborator: a viewer reduced to that
 * participant (no company, no organization), so that its own filter can only
 * reach this one registration, with every rule of the document unchanged. The
 * audit log keeps the real actor (viewer.id). When lib/documents adds its
 * company branch, this becomes a plain call with the viewer.
 */
export async function getCompanyDocument(
  viewer: Viewer,
  companyId: string,
  registrationId: string,
  kind: string,
  options: { baseUrl: string; now?: Date },
): Promise<CompanyDocument | null> {
  if (!requireCompanyPermission(viewer, companyId, "documents.view")) return null;
  if (!isRecordId(registrationId)) return null;
  if (kind !== "convocation" && kind !== "attestation") return null;
  const db = await getDb();
  const registration = await db.registration.findFirst({
    where: { id: registrationId, participant: { companyId } },
    select: { participantId: true },
  });
  if (!registration) return null;
  const asCollaborator: Viewer = {
    ...viewer,
    participantId: registration.participantId,
    companies: [],
    organizations: [],
    spaces: ["participant"],
  };
  if (kind === "convocation") {
    const data = await getConvocation(asCollaborator, registrationId, options);
    return data ? { kind, data } : null;
  }
  const data = await getCertificate(asCollaborator, registrationId, options);
  return data ? { kind, data } : null;
}
