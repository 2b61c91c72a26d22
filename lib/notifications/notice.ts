import "server-only";
import { queueMail, type MailRouting } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/transport";
import {
  CATEGORY_LABELS,
  MESSAGE_KINDS,
  type MessageKind,
  type OptionalCategory,
} from "./categories";
import { digestSummary, withPreferenceLinks } from "./footer";
import { preferenceLinks } from "./links";
import { routingFor } from "./preferences";

/**
 * Queues one of the product's notices for one user. Always-on kinds go as
 * they are; an optional one follows the user's choice for its category (sent
 * now, held for the weekly digest, or not sent) and carries the links of
 * "Mes notifications" and of its one-click unsubscribe. `routing` lets a
 * caller that already read the choice in its own query skip a lookup.
 */
export function queueNotice(input: {
  kind: MessageKind;
  label: string;
  userId: string;
  dedupeKey?: string;
  /** The registration the message is about (the organization lists its failed e-mails). */
  registrationId?: string;
  routing?: MailRouting;
  build: () => Promise<MailMessage | null>;
}): void {
  const { category, alwaysOn } = MESSAGE_KINDS[input.kind];
  const options = {
    dedupeKey: input.dedupeKey,
    registrationId: input.registrationId,
    category,
    userId: input.userId,
  };
  if (alwaysOn) {
    queueMail(input.label, input.build, options);
    return;
  }
  const optional = category as OptionalCategory;
  const known = input.routing;
  queueMail(
    input.label,
    async () => {
      const message = await input.build();
      if (!message) return null;
      const linked = withPreferenceLinks(
        message,
        preferenceLinks(input.userId, [optional]),
        CATEGORY_LABELS[optional],
      );
      return { ...linked, summary: digestSummary(message) };
    },
    {
      ...options,
      routing: known ? async () => known : () => routingFor(input.userId, category),
    },
  );
}
