import { continuingEducationCandidates } from "./sources/continuing-education";
import { elearningAccessCandidates } from "./sources/elearning-access";
import { internshipDeadlineCandidates } from "./sources/internship-deadlines";
import { internshipWaitingCandidates } from "./sources/internship-waiting";
import { questionnaireClosingCandidates } from "./sources/questionnaire-closing";
import { sessionStartingCandidates } from "./sources/session-starting";
import { DAY_MS, type ReminderRule } from "./rule";

/**
 * Every reminder of the product: one row each (event, offsets, audience,
 * message kind and so category, source). Defaults from the domain brief
 * (domain-stage.md, section 4).
 */
export const REMINDER_RULES: readonly ReminderRule[] = [
  {
    key: "elearning-access-ending",
    event: "the 90-day access to an e-learning module ends, units still to complete",
    offsetsDays: [14, 7, 2],
    audience: "participant",
    kind: "elearningAccessEndingReminder",
    label: "rappel fin d'accès e-learning",
    lateToleranceMs: DAY_MS,
    candidates: elearningAccessCandidates,
  },
  {
    key: "questionnaire-closing",
    event: "a validation test or satisfaction survey closes, not yet submitted",
    offsetsDays: [3, 1],
    audience: "participant",
    kind: "questionnaireClosingReminder",
    label: "rappel clôture de questionnaire",
    lateToleranceMs: DAY_MS,
    candidates: questionnaireClosingCandidates,
  },
  {
    key: "session-starting",
    event: "an in-person or virtual session starts (convocation, place or link, positioning test)",
    offsetsDays: [2],
    audience: "participant",
    kind: "sessionStartingReminder",
    label: "rappel début de session",
    lateToleranceMs: DAY_MS,
    // Each renders a convocation PDF: fewer at once (the bench lost some to pool timeouts at 85).
    maxPerPass: 20,
    candidates: sessionStartingCandidates,
  },
  {
    key: "continuing-education-october",
    event: "1 October, for participants under the year's 20 hours of continuing education",
    offsetsDays: [0],
    audience: "participant",
    kind: "continuingEducationReminder",
    label: "rappel obligation de formation continue",
    // Still true, and still useful, late in October; not past the 30 days a sent
    // e-mail (and so its dedupe key) is kept (lib/privacy/retention.ts).
    lateToleranceMs: 29 * DAY_MS,
    candidates: continuingEducationCandidates,
  },
  {
    key: "internship-deadline",
    event:
      "a document of the stage falls due (report, annual sheet, year-2 interview), not transmitted",
    offsetsDays: [30, 7, 1],
    audience: "stagiaire",
    kind: "internshipDeadlineReminder",
    label: "rappel échéance de stage",
    lateToleranceMs: DAY_MS,
    candidates: internshipDeadlineCandidates,
  },
  {
    key: "internship-weekly-digest",
    event:
      "the week starts (Monday, Paris) and documents wait for a maître's visa or a contrôleur's validation, or are late",
    offsetsDays: [0],
    audience: "maîtres et contrôleurs de stage",
    kind: "internshipWaitingDigest",
    label: "résumé hebdomadaire du stage",
    lateToleranceMs: DAY_MS,
    candidates: internshipWaitingCandidates,
  },
];
