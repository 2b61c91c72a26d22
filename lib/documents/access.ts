import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/db/record-id";

/**
 * Who may download the documents of a registration (convocation, certificate,
 * calendar file): today its participant. This is the one place to widen it —
 * a company manager holding "trainings.view" for the participant's company, the
 * organization's staff for its sessions — as one more branch of the OR below.
 *
 * It returns a filter, not a yes/no, so that each document's single query both
 * loads and authorizes; null means the viewer may see no registration at all.
 * A registration outside the filter is answered 404, like one that does not exist.
 */
export function documentRegistrationWhere(
  viewer: Viewer,
  registrationId: string,
): Prisma.RegistrationWhereInput | null {
  if (!isRecordId(registrationId)) return null;
  const allowed: Prisma.RegistrationWhereInput[] = [];
  if (viewer.participantId) allowed.push({ participantId: viewer.participantId });
  if (allowed.length === 0) return null;
  return { id: registrationId, OR: allowed };
}
