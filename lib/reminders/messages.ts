import { formatCalendarDay, formatDate, formatDateTime } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { compose, hello, sessionLine, type SessionMailFacts } from "@/lib/mail/messages";

import { formatInstant } from "@/lib/questionnaires/windows";

/**
 * The reminders' e-mails, in French (pure functions, like lib/mail/messages):
 * each says what closes or starts, when, and the one thing to do.
 */
const inDays = (days: number) => (days <= 1 ? "demain" : `dans ${days} jours`);

export function elearningAccessEndingMail(input: {
  to: string;
  firstName: string;
  moduleTitle: string;
  closesAt: Date;
  daysLeft: number;
  unitsDone: number;
  unitsTotal: number;
  link: string;
}) {
  return compose(
    input.to,
    `Votre accès au module e-learning se termine ${inDays(input.daysLeft)}`,
    hello(input.firstName),
    [
      `Votre accès au module e-learning « ${input.moduleTitle} » se termine le ${formatDate(input.closesAt)} (${inDays(input.daysLeft)}).`,
      `Unités terminées : ${input.unitsDone} sur ${input.unitsTotal}. Terminez les unités restantes avant cette date : elles comptent pour votre attestation.`,
      { link: input.link, label: "Accéder au module" },
    ],
  );
}

export function questionnaireClosingMail(input: {
  to: string;
  firstName: string;
  kind: "VALIDATION" | "SATISFACTION";
  session: SessionMailFacts;
  closesAt: Date;
  daysLeft: number;
  link: string;
}) {
  const what =
    input.kind === "VALIDATION"
      ? "Le test de validation des acquis"
      : "Le questionnaire de satisfaction";
  return compose(input.to, `${what} se clôt ${inDays(input.daysLeft)}`, hello(input.firstName), [
    `${what} de la session ${sessionLine(input.session)} attend votre réponse.`,
    `Il se clôt le ${formatInstant(input.closesAt)} (${inDays(input.daysLeft)}) : après cette date, il n'accepte plus de réponses.`,
    {
      link: input.link,
      label:
        input.kind === "VALIDATION"
          ? "Répondre au test de validation des acquis"
          : "Saisir ma satisfaction",
    },
  ]);
}

export function sessionStartingMail(input: {
  to: string;
  firstName: string;
  session: SessionMailFacts;
  place: string;
  online: boolean;
  hasConvocation: boolean;
  link: string;
  positioningLink: string | null;
}) {
  return compose(
    input.to,
    `Votre session commence le ${formatDate(input.session.startsAt)} : ${input.session.courseTitle}`,
    hello(input.firstName),
    [
      `Votre session ${sessionLine(input.session)} commence le ${formatDateTime(input.session.startsAt)}.`,
      input.online
        ? "Elle a lieu en ligne : le jour venu, rejoignez-la avec le bouton « Accéder à la session » de la page de la session (il s'active 15 minutes avant le début)."
        : `Lieu : ${input.place}.`,
      input.hasConvocation
        ? "Votre convocation (horaires, lieu ou lien de connexion, contacts) est jointe à ce message."
        : "Votre convocation est disponible dans votre espace.",
      { link: input.link, label: "Afficher les détails de la session" },
      ...(input.positioningLink
        ? [
            "Votre test de positionnement n'est pas encore rempli : répondez-y avant le début de la session.",
            { link: input.positioningLink, label: "Répondre au test de positionnement" },
          ]
        : []),
    ],
  );
}

export function continuingEducationMail(input: {
  to: string;
  firstName: string;
  year: number;
  minutes: number;
  yearlyMinutes: number;
  upcoming: SessionMailFacts[];
  link: string;
}) {
  const missing = Math.max(0, input.yearlyMinutes - input.minutes);
  return compose(
    input.to,
    `Formation continue ${input.year} : ${formatHours(missing)} à compléter`,
    hello(input.firstName),
    [
      `Vos formations terminées en ${input.year} totalisent ${formatHours(input.minutes)}, pour une obligation d'au moins ${formatHours(input.yearlyMinutes)} par an : il vous manque ${formatHours(missing)}.`,
      input.upcoming.length > 0
        ? `Sessions qui ont encore lieu cette année :\n${input.upcoming.map((s) => `– ${sessionLine(s)}`).join("\n")}`
        : "Parlez-en à votre cabinet ou à votre organisme de formation pour trouver une session avant la fin de l'année.",
      { link: input.link, label: "Voir mon parcours" },
    ],
  );
}

export function internshipDeadlineMail(input: {
  to: string;
  firstName: string;
  label: string;
  due: Date;
  daysLeft: number;
  penaltyMonths: number;
  link: string;
}) {
  return compose(
    input.to,
    `${input.label} : à remettre ${inDays(input.daysLeft)}`,
    hello(input.firstName),
    [
      `« ${input.label} » est à transmettre à votre maître de stage avant le ${formatCalendarDay(input.due)} (${inDays(input.daysLeft)}).`,
      `Un retard peut invalider ${input.penaltyMonths} mois de stage.`,
      { link: input.link, label: "Ouvrir le document" },
    ],
  );
}

export type WaitingItem = { stagiaireName: string; label: string; since: Date };

/**
 * The weekly digest of a maître or contrôleur de stage: what waits for their
 * visa or validation, and (contrôleur) what is late in their portfolio.
 */
export function internshipWaitingDigestMail(input: {
  to: string;
  firstName: string;
  week: string;
  toEndorse: WaitingItem[];
  toValidate: WaitingItem[];
  late: WaitingItem[];
  links: { supervisor: string; controllerWaiting: string; controllerLate: string };
}) {
  const count = input.toEndorse.length + input.toValidate.length + input.late.length;
  const line = (i: WaitingItem, what: string) =>
    `– ${i.stagiaireName} : ${i.label}, ${what} ${formatCalendarDay(i.since)}`;
  return compose(
    input.to,
    `Stage : ${count} ${count > 1 ? "points vous attendent" : "point vous attend"} cette semaine`,
    hello(input.firstName),
    [
      `Voici ce qui vous attend cette semaine (${input.week.replace("-W", ", semaine ")}) dans vos stages.`,
      ...(input.toEndorse.length > 0
        ? [
            `À viser (maître de stage) :\n${input.toEndorse.map((i) => line(i, "transmis le")).join("\n")}`,
            { link: input.links.supervisor, label: "Ouvrir l'espace maître de stage" },
          ]
        : []),
      ...(input.toValidate.length > 0
        ? [
            `À valider (contrôle de stage) :\n${input.toValidate.map((i) => line(i, "transmis le")).join("\n")}`,
            { link: input.links.controllerWaiting, label: "Voir les documents à valider" },
          ]
        : []),
      ...(input.late.length > 0
        ? [
            `En retard dans votre portefeuille :\n${input.late.map((i) => line(i, "dû le")).join("\n")}`,
            { link: input.links.controllerLate, label: "Voir les stagiaires en retard" },
          ]
        : []),
    ],
  );
}
