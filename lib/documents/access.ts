import "server-only";
import { isRecordId } from "@/lib/db/record-id";
import { participantActor, scope, type Actor } from "@/lib/scopes/actor";
import { documentScope, type DocumentScope } from "@/lib/scopes/documents";

/** Whom a document is asked for: the signed-in user, and the space they act in. */
export type DocumentReader = { id: string; participantId: string | null };

/**
 * One registration's documents (convocation, certificate, calendar file), as
 * the reader acting in `as` (by default their own participant space). Who may
 * see which registration is lib/scopes/documents' rule; this adds the id.
 *
 * It returns a filter, not a yes/no, so that each document's single query both
 * loads and authorizes; null means the reader may see no registration at all.
 * A registration outside the filter is answered 404, like one that does not exist.
 */
export function documentRegistrationWhere(
  reader: DocumentReader,
  registrationId: string,
  as: Actor | undefined,
): DocumentScope | null {
  if (!isRecordId(registrationId)) return null;
  const allowed = documentScope(as ?? participantActor(reader));
  return allowed ? scope({ AND: [allowed, { id: registrationId }] }) : null;
}

export type DocumentOptions = {
  /** The site's address, printed in the QR code and the links. */
  baseUrl: string;
  now?: Date;
  /** The space the reader acts in (a company's member for a collaborator); their own by default. */
  as?: Actor;
};
