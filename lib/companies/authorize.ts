import "server-only";
import { can, isPermission, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { isRecordId } from "@/lib/db/record-id";

export type CompanyAccess = {
  companyId: string;
  companyName: string;
  /** The member (the signed-in user). */
  userId: string;
  /** Every known permission the member holds in this company (for the navigation). */
  permissions: Permission[];
};

/**
 * Proof that the request checked `permission` in this company: data functions
 * behind one habilitation take it, so that the check is made once (by the page
 * or the action) and cannot be forgotten (the type checker asks for it).
 */
export type CompanyPermit<P extends Permission> = CompanyAccess & { readonly permission: P };

/**
 * The one check of the company space: every page, action and route handler of
 * /entreprise/[companyId]/... goes through it. It reads the grants loaded with
 * the viewer (lib/auth/load-viewer, once per request), so a revoked permission
 * stops working on the next request. Null for an unknown company, a company the
 * viewer is not a member of, a permission not granted, or a key that is not in
 * the permissions table: the caller answers 404, never 403, so that nobody can
 * learn what exists in another company.
 */
export function requireCompanyPermission<P extends Permission>(
  viewer: Viewer,
  companyId: string,
  permission: P,
): CompanyPermit<P> | null {
  if (!isRecordId(companyId) || !isPermission(permission)) return null;
  if (!can(viewer, permission, companyId)) return null;
  const membership = companyMembership(viewer, companyId);
  return membership && { ...membership, permission };
}

/** Membership without any particular permission (the company's home page, its switcher). */
export function companyMembership(viewer: Viewer, companyId: string): CompanyAccess | null {
  if (!isRecordId(companyId)) return null;
  const membership = viewer.companies.find((c) => c.companyId === companyId);
  if (!membership) return null;
  return {
    companyId: membership.companyId,
    companyName: membership.companyName,
    userId: viewer.id,
    permissions: membership.permissions.filter(isPermission),
  };
}
