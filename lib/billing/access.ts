import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Who may see an order, its invoices and their PDFs. One place, one rule.
 *
 * A participant: the orders they paid themselves (private participant) and the
 * orders their company placed for their own registrations.
 *
 * The company space (a later issue) adds its branch here: the orders of the
 * companies where the viewer holds "invoices.view" (see can() in
 * lib/auth/permissions.ts), i.e. `{ companyId: { in: [...] } }`. Both the pages
 * and the PDF route go through billingOrderWhere, so that one branch is enough.
 *
 * It returns a filter, not a yes/no, so that each page's single query both
 * loads and authorizes; null means the viewer may see no order at all. An order
 * outside the filter is answered 404, like one that does not exist.
 */
export function concernsParticipant(participantId: string): Prisma.OrderWhereInput {
  return { OR: [{ participantId }, { registrations: { some: { participantId } } }] };
}

export function billingOrderWhere(viewer: Viewer): Prisma.OrderWhereInput | null {
  const allowed: Prisma.OrderWhereInput[] = [];
  if (viewer.participantId) allowed.push(concernsParticipant(viewer.participantId));
  return allowed.length > 0 ? { OR: allowed } : null;
}
