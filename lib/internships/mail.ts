import { compose, hello } from "@/lib/mail/messages";

/** The e-mails of the internship flow, in French (pure: the caller loads the facts). */
export function documentTransmittedMail(input: {
  to: string;
  firstName: string;
  stagiaireName: string;
  label: string;
  link: string;
}) {
  return compose(
    input.to,
    `${input.stagiaireName} vous a transmis : ${input.label}`,
    hello(input.firstName),
    [
      `${input.stagiaireName} vous a transmis « ${input.label} ». Il attend votre visa, avec vos observations, ou votre renvoi avec la raison.`,
      { link: input.link, label: "Lire le document" },
    ],
  );
}

export function documentEndorsedMail(input: {
  to: string;
  firstName: string;
  supervisorName: string;
  label: string;
  comment: string | null;
  link: string;
}) {
  return compose(
    input.to,
    `${input.label} : visé par votre maître de stage`,
    hello(input.firstName),
    [
      `${input.supervisorName} a visé « ${input.label} ».`,
      input.comment ? `Ses observations :\n${input.comment}` : "Il n'a pas ajouté d'observation.",
      { link: input.link, label: "Voir le document" },
    ],
  );
}

export function documentReturnedMail(input: {
  to: string;
  firstName: string;
  supervisorName: string;
  label: string;
  comment: string;
  link: string;
}) {
  return compose(
    input.to,
    `${input.label} : renvoyé par votre maître de stage`,
    hello(input.firstName),
    [
      `${input.supervisorName} vous a renvoyé « ${input.label} » pour une nouvelle version.`,
      `La raison :\n${input.comment}`,
      { link: input.link, label: "Rédiger une nouvelle version" },
    ],
  );
}

/** The stagiaire sent a visaed document on to the contrôleur de stage. */
export function documentAwaitsControllerMail(input: {
  to: string;
  firstName: string;
  stagiaireName: string;
  label: string;
  link: string;
}) {
  return compose(
    input.to,
    `${input.stagiaireName} vous a transmis : ${input.label}`,
    hello(input.firstName),
    [
      `${input.stagiaireName} vous a transmis « ${input.label} », visé par son maître de stage. Il attend votre validation ou votre demande de corrections.`,
      { link: input.link, label: "Lire le document" },
    ],
  );
}

/**
 * The contrôleur's decision, to the stagiaire and to the maître de stage
 * (`stagiaireName` set: the maître's copy, which names the stagiaire).
 */
export function controllerDecisionMail(input: {
  to: string;
  firstName: string;
  controllerName: string;
  label: string;
  decision: "validated" | "corrections";
  comment: string | null;
  link: string;
  stagiaireName?: string;
}) {
  const whose = input.stagiaireName ? ` de ${input.stagiaireName}` : "";
  const validated = input.decision === "validated";
  return compose(
    input.to,
    validated
      ? `${input.label}${whose} : validé par le contrôleur de stage`
      : `${input.label}${whose} : corrections demandées par le contrôleur de stage`,
    hello(input.firstName),
    [
      validated
        ? `${input.controllerName}, contrôleur de stage, a validé « ${input.label} »${whose}.`
        : `${input.controllerName}, contrôleur de stage, demande des corrections sur « ${input.label} »${whose}.`,
      input.comment
        ? `${validated ? "Ses observations" : "Les corrections demandées"} :\n${input.comment}`
        : "Il n'a pas ajouté d'observation.",
      validated
        ? "Le document est désormais figé."
        : input.stagiaireName
          ? "Le stagiaire vous transmettra une nouvelle version à viser."
          : "Rédigez une nouvelle version : elle repassera par le visa de votre maître de stage.",
      { link: input.link, label: "Voir le document" },
    ],
  );
}
