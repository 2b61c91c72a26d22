import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { requireCompanyMember } from "@/lib/auth/space-guards";
import type { Viewer } from "@/lib/auth/viewer";
import { companyActor, type Actor } from "@/lib/scopes/actor";
import {
  companyMembership,
  requireCompanyPermission,
  type CompanyAccess,
  type CompanyPermit,
} from "./authorize";

/**
 * For company pages: signed in (else the sign-in page), member of the company
 * of the URL and holding the permission (else 404). Without a permission: the
 * membership alone (the layout, the company's home page). This is the page's
 * one check: the data functions it calls take the permit and check nothing again.
 */
export async function requireCompanyPage(
  companyId: string,
): Promise<{ viewer: Viewer; company: CompanyAccess }>;
export async function requireCompanyPage<P extends Permission>(
  companyId: string,
  permission: P,
): Promise<{ viewer: Viewer; company: CompanyPermit<P> }>;
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

/**
 * For company pages that read one resource (orders, invoices, a collaborator's
 * registrations...): member of the company, and the resource's scope for that
 * member (lib/scopes: which habilitation opens which rows) is not empty; else
 * 404. The page's one check, with the habilitation written once, in the scope.
 */
export async function requireCompanyScope<S>(
  companyId: string,
  scopeOf: (actor: Actor) => S | null,
): Promise<{ viewer: Viewer; company: CompanyAccess; actor: Actor; scope: S }> {
  const { viewer, company } = await requireCompanyPage(companyId);
  const actor = companyActor(viewer, company.companyId);
  const scope = actor && scopeOf(actor);
  if (!actor || !scope) notFound();
  return { viewer, company, actor, scope };
}
