import type { MailMessage } from "@/lib/mail/transport";
import type { PreferenceLinks } from "./links";

/**
 * What every optional message carries: a link to "Mes notifications", a link
 * that turns its category off, and the RFC 8058 headers that let a mail
 * client offer the same in one click (List-Unsubscribe must be an https URL
 * in production; List-Unsubscribe-Post says a POST is enough).
 */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export function withPreferenceLinks(
  message: MailMessage,
  links: PreferenceLinks,
  what: string,
): MailMessage {
  const why = `Vous recevez ce message selon vos choix de notifications (${what}).`;
  const text = `${message.text}\n\n--\n${why}\nGérer mes notifications : ${links.preferencesUrl}\nNe plus recevoir ces e-mails : ${links.unsubscribeUrl}`;
  const footer = `<hr style="border:none;border-top:1px solid #cbd5e1;margin:24px 0 12px"><p style="font-size:12px;color:#475569">${escapeHtml(why)}<br><a href="${escapeHtml(links.preferencesUrl)}" style="color:#1d4ed8">Gérer mes notifications</a> · <a href="${escapeHtml(links.unsubscribeUrl)}" style="color:#1d4ed8">Ne plus recevoir ces e-mails</a></p>`;
  const html = message.html.includes("</body>")
    ? message.html.replace("</body>", `${footer}</body>`)
    : `${message.html}${footer}`;
  return {
    ...message,
    text,
    html,
    headers: {
      ...message.headers,
      "List-Unsubscribe": `<${links.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/** The body of a message without its greeting and signature: what a digest repeats of it. */
export function digestSummary(message: Pick<MailMessage, "subject" | "text">): string {
  const paragraphs = message.text.split("\n\n");
  const body = paragraphs.length > 2 ? paragraphs.slice(1, -1) : paragraphs;
  return [message.subject, ...body].join("\n");
}
