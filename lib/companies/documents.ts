import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getCertificate, type CertificateData } from "@/lib/certificates/certificate";
import { getConvocation, type ConvocationData } from "@/lib/documents/convocation";
import { companyActor } from "@/lib/scopes/actor";

export const COMPANY_DOCUMENT_KINDS = ["convocation", "attestation"] as const;
export type CompanyDocumentKind = (typeof COMPANY_DOCUMENT_KINDS)[number];

export type CompanyDocument =
  { kind: "convocation"; data: ConvocationData } | { kind: "attestation"; data: CertificateData };

/**
 * A collaborator's convocation or certificate, asked by a member of the
 * collaborator's company: lib/documents serves it as to the participant, within
 * the company's document scope ("documents.view", lib/scopes/documents); null
 * (then 404) otherwise. The audit log keeps the real actor (viewer.id).
 */
export async function getCompanyDocument(
  viewer: Viewer,
  companyId: string,
  registrationId: string,
  kind: string,
  options: { baseUrl: string; now?: Date },
): Promise<CompanyDocument | null> {
  const as = companyActor(viewer, companyId);
  if (!as) return null;
  if (kind === "convocation") {
    const data = await getConvocation(viewer, registrationId, { ...options, as });
    return data ? { kind, data } : null;
  }
  if (kind === "attestation") {
    const data = await getCertificate(viewer, registrationId, { ...options, as });
    return data ? { kind, data } : null;
  }
  return null;
}
