import "server-only";
import { convocationAttachments } from "@/lib/documents/convocation-attachment";
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
      const attachments = await convocationAttachments(facts.user.id, registrationId, base);
      return {
        ...registrationConfirmedMail({
          to: facts.user.email,
          firstName: facts.user.firstName,
          session: facts.session,
          link: `${base}/sessions/${registrationId}`,
          hasConvocation: attachments.length > 0,
        }),
        attachments,
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
