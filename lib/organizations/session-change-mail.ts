import "server-only";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-url";
import { sessionChangedMail } from "@/lib/mail/messages";
import { inBackground, queueMail } from "@/lib/mail/queue";
import { sessionMailFactsSelect, toSessionMailFacts } from "@/lib/mail/session-facts";

/**
 * Tells every participant still expected at the session (pending or
 * confirmed) what changed, after the change was stored.
 */
export function queueSessionChangedMail(sessionId: string, changes: string[]) {
  inBackground("session modifiée", async () => {
    const db = await getDb();
    const session = await db.trainingSession.findUnique({
      where: { id: sessionId },
      select: {
        ...sessionMailFactsSelect,
        registrations: {
          where: {
            status: { in: ["PENDING", "CONFIRMED"] },
            participant: { user: { anonymizedAt: null } },
          },
          select: {
            id: true,
            participant: { select: { user: { select: { email: true, firstName: true } } } },
          },
        },
      },
    });
    if (!session) return;
    const facts = toSessionMailFacts(session);
    const base = publicBaseUrl();
    for (const registration of session.registrations) {
      const user = registration.participant.user;
      queueMail(
        "session modifiée",
        async () =>
          sessionChangedMail({
            to: user.email,
            firstName: user.firstName,
            session: facts,
            changes,
            link: `${base}/sessions/${registration.id}`,
          }),
        { registrationId: registration.id },
      );
    }
  });
}
