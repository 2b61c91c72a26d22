import type { SessionMailFacts } from "./messages";

/** What every session e-mail says about its session, selected in the caller's own query. */
export const sessionMailFactsSelect = {
  reference: true,
  startsAt: true,
  endsAt: true,
  organization: { select: { name: true } },
  course: { select: { title: true } },
} as const;

export function toSessionMailFacts(session: {
  reference: string;
  startsAt: Date;
  endsAt: Date;
  organization: { name: string };
  course: { title: string };
}): SessionMailFacts {
  return {
    courseTitle: session.course.title,
    reference: session.reference,
    organizationName: session.organization.name,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
  };
}
