import "server-only";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getConvocation } from "@/lib/documents/convocation";
import { renderConvocationPdf } from "@/lib/documents/convocation-pdf";
import { documentFileName } from "@/lib/documents/file-name";
import { publicBaseUrl } from "@/lib/http/public-url";
import { getDb } from "@/lib/db";
import { registrationConfirmedMail, registrationRefusedMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";

/** What every registration e-mail needs, loaded after the decision was stored. */
async function loadFacts(registrationId: string) {
  const row = await (
    await getDb()
  ).registration.findUnique({
    where: { id: registrationId },
    select: {
      statusReason: true,
      participant: { select: { user: { select: { id: true, email: true, firstName: true } } } },
      session: { select: sessionMailFactsSelect },
    },
  });
  if (!row) return null;
  return {
    user: row.participant.user,
    session: toSessionMailFacts(row.session),
    reason: row.statusReason,
  };
}

export function queueConfirmationMail(registrationId: string) {
  queueMail(
    "inscription confirmée",
    async () => {
      const facts = await loadFacts(registrationId);
      if (!facts) return null;
      const base = publicBaseUrl();
      // The convocation is rendered as its participant would download it, with
      // the same authorization path (lib/documents), so both copies are identical.
      const participant = await loadViewer({ id: facts.user.id });
      const convocation = participant
        ? await getConvocation(participant, registrationId, { baseUrl: base })
        : null;
      const pdf = convocation ? await renderConvocationPdf(convocation) : null;
      return {
        ...registrationConfirmedMail({
          to: facts.user.email,
          firstName: facts.user.firstName,
          session: facts.session,
          link: `${base}/sessions/${registrationId}`,
          hasConvocation: pdf !== null,
        }),
        attachments:
          pdf && convocation
            ? [
                {
                  filename: documentFileName(
                    ["Convocation", convocation.reference, convocation.course.title],
                    "pdf",
                  ),
                  contentType: "application/pdf",
                  content: pdf,
                },
              ]
            : [],
      };
    },
    { registrationId },
  );
}

export function queueRefusalMail(registrationId: string) {
  queueMail(
    "inscription refusée",
    async () => {
      const facts = await loadFacts(registrationId);
      if (!facts) return null;
      return registrationRefusedMail({
        to: facts.user.email,
        firstName: facts.user.firstName,
        session: facts.session,
        reason: facts.reason ?? "non précisé",
        link: `${publicBaseUrl()}/sessions`,
      });
    },
    { registrationId },
  );
}
