import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { requireCompanyMember } from "@/lib/auth/space-guards";
import type { Viewer } from "@/lib/auth/viewer";
import { companyMembership, requireCompanyPermission, type CompanyAccess } from "./authorize";

/**
 * For company pages: signed in (else the sign-in page), member of the company
 * of the URL and holding the permission (else 404). Without a permission: the
 * membership alone (the company's home page).
 */
export async function requireCompanyPage(
  companyId: string,
  permission?: Permission,
): Promise<{ viewer: Viewer; company: CompanyAccess }> {
  const viewer = await requireCompanyMember();
  const company = permission
    ? requireCompanyPermission(viewer, companyId, permission)
    : companyMembership(viewer, companyId);
  if (!company) notFound();
  return { viewer, company };
}
