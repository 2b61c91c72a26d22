import { compose, hello } from "@/lib/mail/messages";

/**
 * The e-mails of the end of the stage (the year-2 interview, the comité's
 * decision), in French; pure: the caller gives the facts and the link.
 */
export function endOfStageMail(input: {
  to: string;
  firstName: string;
  subject: string;
  lines: string[];
  link: { href: string; label: string };
}) {
  return compose(input.to, input.subject, hello(input.firstName), [
    ...input.lines,
    { link: input.link.href, label: input.link.label },
  ]);
}
