import type { NotificationCategory, NotificationChoice } from "@/lib/db/generated/enums";

/**
 * The kinds of e-mail a person chooses about on "Mes notifications", in the
 * order the page shows them, and what each message of the product is.
 * Account, security and legal messages are always sent: the account category
 * as a whole, and in the other categories the messages marked `alwaysOn`
 * (a change of a session's dates, place or link: Qualiopi indicator 9).
 */
export const CATEGORIES = [
  {
    key: "SESSIONS",
    label: "Sessions et convocations",
    description:
      "Rappel avant une session (convocation, lieu ou lien, test de positionnement), attestation disponible.",
    alwaysOnNote:
      "Les confirmations et refus d'inscription et les modifications de dates, de lieu ou de lien d'une session sont toujours envoyés.",
  },
  {
    key: "QUESTIONNAIRES",
    label: "Questionnaires",
    description:
      "Ouverture du test de validation des acquis, rappels avant la clôture d'un test ou d'un questionnaire de satisfaction.",
  },
  {
    key: "ELEARNING",
    label: "E-learning",
    description: "Rappels avant la fin de l'accès à un module e-learning.",
  },
  {
    key: "INTERNSHIP",
    label: "Stage",
    description:
      "Échéances du stage (rapports, fiches annuelles, entretien) et résumé de ce qui vous attend.",
  },
  {
    key: "CONTINUING_EDUCATION",
    label: "Formation continue",
    description:
      "Rappel d'octobre quand vos heures de l'année n'atteignent pas les 20 h de l'obligation.",
  },
  {
    key: "ACCOUNT",
    label: "Comptes et sécurité",
    description: "Invitation, réinitialisation du mot de passe.",
    alwaysOnNote: "Toujours envoyés : ces messages protègent votre compte.",
  },
] as const satisfies readonly {
  key: NotificationCategory;
  label: string;
  description: string;
  alwaysOnNote?: string;
}[];

export type OptionalCategory = Exclude<NotificationCategory, "ACCOUNT">;

export const OPTIONAL_CATEGORIES = CATEGORIES.map((c) => c.key).filter(
  (key): key is OptionalCategory => key !== "ACCOUNT",
) as [OptionalCategory, ...OptionalCategory[]];

export function isOptionalCategory(value: string): value is OptionalCategory {
  return (OPTIONAL_CATEGORIES as readonly string[]).includes(value);
}

export const CATEGORY_LABELS = Object.fromEntries(
  CATEGORIES.map((c) => [c.key, c.label]),
) as Record<NotificationCategory, string>;

export const CHOICES = [
  "IMMEDIATE",
  "WEEKLY_DIGEST",
  "NEVER",
] as const satisfies readonly NotificationChoice[];

export const CHOICE_LABELS: Record<NotificationChoice, string> = {
  IMMEDIATE: "Immédiatement",
  WEEKLY_DIGEST: "Résumé hebdomadaire",
  NEVER: "Jamais",
};

/** Without a stored choice, everything is sent at once. */
export const DEFAULT_CHOICE: NotificationChoice = "IMMEDIATE";

/**
 * Every message of lib/mail/messages.ts and lib/reminders, with its category
 * and whether the person may turn it off. A new message gets a row here.
 */
export const MESSAGE_KINDS = {
  invitation: { category: "ACCOUNT", alwaysOn: true },
  passwordReset: { category: "ACCOUNT", alwaysOn: true },
  // The confirmation carries the convocation (Qualiopi indicator 9); the refusal answers a request.
  registrationConfirmed: { category: "SESSIONS", alwaysOn: true },
  registrationRefused: { category: "SESSIONS", alwaysOn: true },
  sessionChanged: { category: "SESSIONS", alwaysOn: true },
  certificateAvailable: { category: "SESSIONS", alwaysOn: false },
  validationTestOpen: { category: "QUESTIONNAIRES", alwaysOn: false },
  sessionStartingReminder: { category: "SESSIONS", alwaysOn: false },
  questionnaireClosingReminder: { category: "QUESTIONNAIRES", alwaysOn: false },
  elearningAccessEndingReminder: { category: "ELEARNING", alwaysOn: false },
  continuingEducationReminder: { category: "CONTINUING_EDUCATION", alwaysOn: false },
  // The internship flow's decisions (lib/internships/review.ts).
  internshipDocumentAwaitsController: { category: "INTERNSHIP", alwaysOn: false },
  internshipControllerDecision: { category: "INTERNSHIP", alwaysOn: false },
} as const satisfies Record<string, { category: NotificationCategory; alwaysOn: boolean }>;

export type MessageKind = keyof typeof MESSAGE_KINDS;
export type OptionalMessageKind = {
  [K in MessageKind]: (typeof MESSAGE_KINDS)[K]["alwaysOn"] extends false ? K : never;
}[MessageKind];
