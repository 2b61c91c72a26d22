import { formatDate, formatDateTime } from "@/lib/dates/paris";
import { SITE } from "@/lib/site";
import type { MailMessage } from "./transport";

/**
 * The product's e-mails, in French, as plain text and HTML (the text part is
 * what screen readers and strict mail clients show; both say the same thing).
 * Pure functions: the callers load the data, the tests read the words.
 */
export type Paragraph = string | { link: string; label: string };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export function compose(
  to: string,
  subject: string,
  greeting: string,
  paragraphs: Paragraph[],
): Omit<MailMessage, "attachments"> {
  const signature = [
    `L'équipe ${SITE.name}`,
    `Assistance : ${SITE.supportPhone} · ${SITE.supportEmail} (${SITE.supportHours.toLowerCase()})`,
  ];
  const text = [
    greeting,
    ...paragraphs.map((p) => (typeof p === "string" ? p : `${p.label} : ${p.link}`)),
    signature.join("\n"),
  ].join("\n\n");
  const body = paragraphs
    .map((p) =>
      typeof p === "string"
        ? `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`
        : `<p><a href="${escapeHtml(p.link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(p.label)}</a></p><p style="font-size:12px;color:#475569">Si le bouton ne fonctionne pas, copiez cette adresse : ${escapeHtml(p.link)}</p>`,
    )
    .join("\n");
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:16px"><p>${escapeHtml(greeting)}</p>\n${body}\n<p style="font-size:13px;color:#475569">${signature.map(escapeHtml).join("<br>")}</p></body></html>`;
  return { to, subject, text, html };
}

export const hello = (firstName: string) => `Bonjour ${firstName},`;

export type SessionMailFacts = {
  courseTitle: string;
  reference: string;
  organizationName: string;
  startsAt: Date;
  endsAt: Date;
};

export const sessionLine = (s: SessionMailFacts) =>
  `« ${s.courseTitle} » (Réf : ${s.reference}), ${
    formatDate(s.startsAt) === formatDate(s.endsAt)
      ? `le ${formatDate(s.startsAt)}`
      : `du ${formatDate(s.startsAt)} au ${formatDate(s.endsAt)}`
  }, organisée par ${s.organizationName}`;

/** What every invitation's e-mail says: to whom, its one-time link, who invites. */
type InvitationInput = {
  to: string;
  firstName: string;
  link: string;
  expiresAt: Date;
  invitedBy: string | null;
};

/** The end of an invitation to a new account: choose a password through the one-time link. */
function choosePasswordLines(input: InvitationInput): Paragraph[] {
  return [
    "Pour y accéder, choisissez votre mot de passe (12 caractères au moins) :",
    { link: input.link, label: "Choisir mon mot de passe" },
    `Ce lien ne sert qu'une fois et expire le ${formatDateTime(input.expiresAt)}. Si vous n'attendiez pas ce message, ignorez-le.`,
  ];
}

export function invitationMail(input: InvitationInput) {
  return compose(input.to, `Votre espace ${SITE.name} vous attend`, hello(input.firstName), [
    `${input.invitedBy ? `${input.invitedBy} vous a inscrit(e)` : "Vous avez été inscrit(e)"} à une formation. Votre espace participant ${SITE.name} est ouvert : vous y trouverez vos sessions, convocations, supports, questionnaires et attestations.`,
    ...choosePasswordLines(input),
  ]);
}

/** A new member of a company's space, invited by one of its managers. */
export function memberInvitationMail(input: InvitationInput & { companyName: string }) {
  return compose(
    input.to,
    `Votre espace entreprise ${SITE.name} vous attend`,
    hello(input.firstName),
    [
      `${input.invitedBy ?? "Un responsable"} vous invite dans l'espace entreprise de ${input.companyName} sur ${SITE.name} : vous y suivrez ce que vos habilitations vous ouvrent (formations des collaborateurs, commandes, factures...).`,
      ...choosePasswordLines(input),
    ],
  );
}

export function collaboratorRequestMail(input: InvitationInput & { companyName: string }) {
  return compose(
    input.to,
    `${input.companyName} vous propose de vous rattacher comme collaborateur`,
    hello(input.firstName),
    [
      `${input.invitedBy ?? "Un responsable"} propose de vous rattacher à ${input.companyName} comme collaborateur sur ${SITE.name}. Rattaché, vous pourrez être inscrit par le cabinet, qui verra les formations faites pendant votre rattachement (sessions, présences, attestations).`,
      "Si vous travaillez bien pour ce cabinet, confirmez (connexion requise) :",
      { link: input.link, label: "Confirmer mon rattachement" },
      `Ce lien expire le ${formatDateTime(input.expiresAt)}. Si vous n'attendiez pas ce message, ignorez-le : rien ne change sans votre confirmation.`,
    ],
  );
}

export function passwordResetMail(input: {
  to: string;
  firstName: string;
  link: string;
  expiresAt: Date;
}) {
  return compose(
    input.to,
    `Réinitialisation de votre mot de passe ${SITE.name}`,
    hello(input.firstName),
    [
      "Vous avez demandé à réinitialiser votre mot de passe. Choisissez-en un nouveau :",
      { link: input.link, label: "Choisir un nouveau mot de passe" },
      `Ce lien ne sert qu'une fois et expire le ${formatDateTime(input.expiresAt)}. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
    ],
  );
}

/** What every e-mail about one of the participant's sessions says: to whom, which session, where to see it. */
type SessionMailInput = {
  to: string;
  firstName: string;
  session: SessionMailFacts;
  link: string;
};

export function registrationConfirmedMail(input: SessionMailInput & { hasConvocation: boolean }) {
  return compose(
    input.to,
    `Inscription confirmée : ${input.session.courseTitle}`,
    hello(input.firstName),
    [
      `Votre inscription à la session ${sessionLine(input.session)} est confirmée.`,
      input.hasConvocation
        ? "Votre convocation (horaires, lieu ou lien de connexion, contacts) est jointe à ce message ; elle reste disponible dans votre espace."
        : "Votre convocation sera disponible dans votre espace.",
      { link: input.link, label: "Afficher les détails de la session" },
    ],
  );
}

export function registrationRefusedMail(input: SessionMailInput & { reason: string }) {
  return compose(
    input.to,
    `Inscription refusée : ${input.session.courseTitle}`,
    hello(input.firstName),
    [
      `Votre inscription à la session ${sessionLine(input.session)} n'a pas pu être acceptée.`,
      `Motif : ${input.reason}`,
      `Pour toute question, contactez ${input.session.organizationName}.`,
      { link: input.link, label: "Voir mes sessions" },
    ],
  );
}

export function certificateAvailableMail(input: SessionMailInput) {
  return compose(
    input.to,
    `Votre attestation de formation est disponible`,
    hello(input.firstName),
    [
      `L'attestation de formation de la session ${sessionLine(input.session)} est disponible dans votre espace, rubrique Ressources.`,
      { link: input.link, label: "Télécharger mon attestation" },
    ],
  );
}

export function validationTestOpenMail(input: SessionMailInput & { closesAt: Date }) {
  return compose(input.to, `Test de validation des acquis à compléter`, hello(input.firstName), [
    `Le test de validation des acquis de la session ${sessionLine(input.session)} est ouvert.`,
    `Vous pouvez y répondre jusqu'au ${formatDateTime(input.closesAt)}.`,
    { link: input.link, label: "Répondre au test de validation des acquis" },
  ]);
}

export function elearningQuestionAnsweredMail(input: {
  to: string;
  firstName: string;
  moduleTitle: string;
  question: string;
  answer: string;
  closed: boolean;
  link: string;
}) {
  return compose(
    input.to,
    `Réponse à votre question : ${input.moduleTitle}`,
    hello(input.firstName),
    [
      `Votre formateur a répondu à votre question sur le module e-learning « ${input.moduleTitle} ».`,
      `Votre question :\n${input.question}`,
      `Sa réponse :\n${input.answer}`,
      ...(input.closed
        ? ["La question est close ; vous pouvez en poser une nouvelle depuis le module."]
        : []),
      { link: input.link, label: "Voir la réponse dans le module" },
    ],
  );
}

export function sessionChangedMail(input: SessionMailInput & { changes: string[] }) {
  // Qualiopi indicator 9: participants are told of any change to the convocation.
  return compose(
    input.to,
    `Modification de votre session : ${input.session.courseTitle}`,
    hello(input.firstName),
    [
      `La session ${sessionLine(input.session)} a été modifiée :`,
      input.changes.map((c) => `– ${c}`).join("\n"),
      "Votre convocation à jour est disponible dans votre espace.",
      { link: input.link, label: "Afficher les détails de la session" },
    ],
  );
}

/** Sent a month before an inactive account is anonymised (lib/privacy/inactivity). */
export function inactivityWarningMail(input: {
  to: string;
  firstName: string;
  signInLink: string;
  erasureOn: Date;
}) {
  return compose(
    input.to,
    `Votre compte ${SITE.name} sera anonymisé le ${formatDate(input.erasureOn)}`,
    hello(input.firstName),
    [
      `Vous ne vous êtes pas connecté(e) à ${SITE.name} et n'avez suivi aucune session depuis trois ans. Sans nouvelle connexion de votre part, votre compte sera anonymisé le ${formatDate(input.erasureOn)} : votre nom, votre adresse e-mail et vos réponses écrites seront effacés.`,
      "Les pièces que la loi impose de garder (attestations et présence : 6 ans ; factures : 10 ans) restent conservées, sans votre nom.",
      "Pour garder votre compte, il suffit de vous connecter :",
      { link: input.signInLink, label: "Me connecter" },
    ],
  );
}
