import type { Viewer } from "../../lib/auth/load-viewer";
import type { Permission } from "../../lib/auth/permissions";
import { listInvoices, type InvoiceListOptions } from "../../lib/billing/invoice-list";
import {
  companyMembership,
  requireCompanyPermission,
  type CompanyAccess,
  type CompanyPermit,
} from "../../lib/companies/authorize";
import { companyActor, participantActor, staffActor, type Actor } from "../../lib/scopes/actor";
import { invoiceScope, orderScope } from "../../lib/scopes/billing";

/*
 * What a page or a route does before it calls a data function (its one check),
 * for the tests that call the data functions directly: null where the request
 * answers 404.
 */

/** As a company page behind one habilitation: the permit, or null. */
export async function withPermit<P extends Permission, R>(
  viewer: Viewer,
  companyId: string,
  permission: P,
  run: (permit: CompanyPermit<P>) => Promise<R>,
): Promise<R | null> {
  const permit = requireCompanyPermission(viewer, companyId, permission);
  return permit ? run(permit) : null;
}

/** As a company page reading one resource: the member's scope of it, or null. */
export async function withCompanyScope<S, R>(
  viewer: Viewer,
  companyId: string,
  scopeOf: (actor: Actor) => S | null,
  run: (scope: S, actor: Actor, company: CompanyAccess) => Promise<R>,
): Promise<R | null> {
  const company = companyMembership(viewer, companyId);
  const actor = companyActor(viewer, companyId);
  const scope = actor && scopeOf(actor);
  return company && actor && scope ? run(scope, actor, company) : null;
}

/** The participant space's order scope of a viewer (null without a participant). */
export const myOrders = (viewer: Viewer) => orderScope(participantActor(viewer));
export const myInvoiceScope = (viewer: Viewer) => invoiceScope(participantActor(viewer));

/** "Factures" of the participant space. */
export async function listMyInvoices(viewer: Viewer, options?: InvoiceListOptions) {
  const scope = myInvoiceScope(viewer);
  return scope ? listInvoices(scope, options) : [];
}

/** "Factures à régler" of the organization space (options as the page passes them). */
export async function listStaffInvoices(viewer: Viewer, options?: InvoiceListOptions) {
  const scope = invoiceScope(staffActor(viewer));
  return scope ? listInvoices(scope, options) : [];
}
