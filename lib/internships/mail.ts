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
