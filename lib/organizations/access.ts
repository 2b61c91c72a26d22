import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/db/record-id";
import { scope, staffActor } from "@/lib/scopes/actor";
import { invoiceScope, type InvoiceScope } from "@/lib/scopes/billing";
import { registrationScope, type RegistrationScope } from "@/lib/scopes/registrations";

/**
 * The one rule of the Organisme space: staff see and change their own
 * organizations' data, nothing else. It returns filters rather than yes/no so
 * that each query both loads and authorizes; a row outside the filter is
 * answered 404, exactly like one that does not exist (never 403: a 403 would
 * confirm that the session exists elsewhere).
 */
export function staffOrganizationIds(viewer: Viewer): string[] {
  return viewer.organizations.map((o) => o.organizationId);
}

export function isStaffOf(viewer: Viewer, organizationId: string): boolean {
  return viewer.organizations.some((o) => o.organizationId === organizationId);
}

/** Sessions the viewer's organizations run; with an id, that one session. Null: none at all. */
export function staffSessionWhere(
  viewer: Viewer,
  sessionId?: string,
): Prisma.TrainingSessionWhereInput | null {
  const ids = staffOrganizationIds(viewer);
  if (ids.length === 0) return null;
  if (sessionId !== undefined && !isRecordId(sessionId)) return null;
  return { organizationId: { in: ids }, ...(sessionId !== undefined ? { id: sessionId } : {}) };
}

/** Registrations to the viewer's organizations' sessions (lib/scopes), optionally of one session. */
export function staffRegistrationWhere(
  viewer: Viewer,
  sessionId?: string,
): RegistrationScope | null {
  const registrations = registrationScope(staffActor(viewer));
  if (!registrations || sessionId === undefined) return registrations;
  return isRecordId(sessionId) ? scope({ AND: [registrations, { sessionId }] }) : null;
}

/** Invoices the viewer's organizations issued (lib/scopes). */
export function staffInvoiceWhere(viewer: Viewer): InvoiceScope | null {
  return invoiceScope(staffActor(viewer));
}

/** The staff's session about to change (its id and organization); null when not theirs. */
export async function findStaffSession(
  viewer: Viewer,
  sessionId: string,
): Promise<{ id: string; organizationId: string } | null> {
  const where = staffSessionWhere(viewer, sessionId);
  if (!where) return null;
  return (await getDb()).trainingSession.findFirst({
    where,
    select: { id: true, organizationId: true },
  });
}
