import { PERMISSIONS, ROLES } from "../../../lib/auth/permissions";
import { CHOICES, OPTIONAL_CATEGORIES } from "../../../lib/notifications/categories";
import {
  ATTENDANCE_CHOICES,
  CERTIFICATE_RULES,
  PAYMENT_METHODS,
} from "../../../lib/organizations/schemas";
import { SLUG_VALUES } from "../../../lib/questionnaires/kinds";
import { TRAINER_ATTENDANCE_CHOICES } from "../../../lib/trainers/schemas";
import { anchor, anchors } from "./anchors";
import {
  amountField,
  answersField,
  anyString,
  arrayField,
  booleanField,
  emailField,
  enumField,
  formatField,
  idField,
  intField,
  isoDateField,
  objectField,
  textField,
  type Fields,
} from "./fields";

/**
 * Every server action of the app, with the user it runs as (one who may use
 * it, so that the input validation is what the fuzzing exercises; null for
 * the signed-out password forms) and the fields its schema expects.
 *
 * The key is "<file>#<export>". tests/integration/fuzz-coverage.test.ts finds
 * every action by globbing and fails for one missing here: a new action gets
 * an entry with its fields (see ./fields for the kinds).
 */
export type ActionTarget = { signedInAs: string | null; fields: Fields };

const PARTICIPANT = "participant@demo.test";
const MANAGER = "manager@demo.test";
const STAFF = "organisme@demo.test";
const TRAINER = "formateur@demo.test";
const hhmm = formatField(["09:30", "10:15"], /^([01]\d|2[0-3]):[0-5]\d$/, true);
const trainerMarks = arrayField(
  objectField({
    registrationId: idField(anchor("trainerRegistrationId")),
    status: enumField(TRAINER_ATTENDANCE_CHOICES),
    arrivedAt: hhmm,
    leftAt: hhmm,
  }),
  1,
  1000,
);
const STAGIAIRE = "stagiaire@demo.test";
const CONTROLLER = "controleur@demo.test";
const PRINCIPAL = "controle.principal@demo.test";

const newCollaborator = objectField({
  email: emailField(),
  firstName: textField(1, 100),
  lastName: textField(1, 100),
});

export const ACTION_TARGETS: Record<string, ActionTarget> = {
  "lib/accounts/actions.ts#acceptInvitationAction": {
    signedInAs: null,
    fields: { token: textField(1, 128), password: textField(12, 200), confirmation: anyString() },
  },
  "lib/accounts/actions.ts#resetPasswordAction": {
    signedInAs: null,
    fields: { token: textField(1, 128), password: textField(12, 200), confirmation: anyString() },
  },
  "lib/accounts/actions.ts#requestPasswordResetAction": {
    signedInAs: null,
    fields: { email: emailField() },
  },
  "lib/companies/actions.ts#registerCollaboratorsAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      sessionId: idField(anchor("companySessionId")),
      participantIds: arrayField(idField(anchor("collaboratorId")), 0, 50),
      newCollaborators: arrayField(newCollaborator, 0, 20),
    },
  },
  "lib/companies/actions.ts#setMemberPermissionsAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
      permissions: arrayField(enumField(Object.keys(PERMISSIONS)), 0, 20),
    },
  },
  "lib/companies/actions.ts#grantRoleAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
      role: enumField(Object.keys(ROLES)),
    },
  },
  "lib/companies/actions.ts#inviteMemberAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      email: emailField(),
      firstName: textField(1, 100),
      lastName: textField(1, 100),
      role: enumField(Object.keys(ROLES), true),
      permissions: arrayField(enumField(Object.keys(PERMISSIONS)), 0, 20),
    },
  },
  "lib/companies/actions.ts#removeMemberAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
    },
  },
  "lib/organizations/actions.ts#answerQuestionAction": {
    signedInAs: STAFF,
    fields: { questionId: idField(anchor("staffQuestionId")), answer: textField(5, 4000) },
  },
  "lib/organizations/actions.ts#recordPaymentAction": {
    signedInAs: STAFF,
    fields: {
      invoiceId: idField(anchor("staffInvoiceId")),
      amount: amountField(),
      method: enumField(PAYMENT_METHODS),
      paidAt: isoDateField(),
      reference: textField(0, 200, true),
      idempotencyKey: textField(0, 200, true),
    },
  },
  "lib/organizations/actions.ts#decideRegistrationsAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      registrationIds: arrayField(idField(anchor("staffRegistrationId")), 1, 500),
      decision: enumField(["confirm", "refuse"]),
      reason: textField(0, 500, true),
    },
  },
  "lib/organizations/actions.ts#registerByEmailAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      email: emailField(),
      firstName: textField(1, 100),
      lastName: textField(1, 100),
    },
  },
  "lib/organizations/actions.ts#recordAttendanceAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      slotId: idField(anchor("staffSlotId")),
      marks: arrayField(
        objectField({
          registrationId: idField(anchor("staffRegistrationId")),
          status: enumField(ATTENDANCE_CHOICES),
        }),
        1,
        1000,
      ),
    },
  },
  "lib/organizations/actions.ts#updateCertificateRuleAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      rule: enumField(CERTIFICATE_RULES),
      minAttendancePercent: intField(1, 100, true),
      passPercent: intField(0, 100, true),
    },
  },
  "lib/organizations/actions.ts#updateSessionLogisticsAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      venueId: idField(undefined),
      placeLabel: textField(0, 200),
      joinUrl: textField(0, 500),
      slots: arrayField(
        objectField({
          slotId: idField(anchor("staffSlotId")),
          date: isoDateField(),
          startTime: formatField(["09:00", "13:30"], /^\d{2}:\d{2}$/),
          endTime: formatField(["12:00", "17:30"], /^\d{2}:\d{2}$/),
        }),
        0,
        200,
      ),
    },
  },
  // Signed in as the participant whose address "participant@demo.test" is: only the
  // always-invalid field of each payload stands between the fuzzing and an erasure.
  "lib/privacy/actions.ts#eraseMyAccountAction": {
    signedInAs: PARTICIPANT,
    fields: { email: emailField(), confirmation: enumField(["SUPPRIMER"]) },
  },
  "lib/elearning/actions.ts#recordUnitTimeAction": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      unitId: idField(anchor("unitId")),
      seconds: intField(0, 60),
    },
  },
  "lib/elearning/actions.ts#completeUnitAction": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      unitId: idField(anchor("unitId")),
    },
  },
  "lib/elearning/actions.ts#askQuestionAction": {
    signedInAs: PARTICIPANT,
    fields: { registrationId: idField(anchor("registrationId")), body: textField(10, 2000) },
  },
  // One choice per optional category: an unknown category, the always-on one or a choice
  // outside the three is refused.
  "lib/notifications/actions.ts#savePreferencesAction": {
    signedInAs: PARTICIPANT,
    fields: {
      choices: objectField(
        Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, enumField(CHOICES)])),
      ),
    },
  },
  "lib/responses/actions.ts#saveQuestionnaireDraft": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      kind: enumField(SLUG_VALUES),
      answers: answersField(() => anchors.questionIds),
    },
  },
  "lib/responses/actions.ts#submitQuestionnaire": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      kind: enumField(SLUG_VALUES),
      answers: answersField(() => anchors.questionIds),
    },
  },
  "lib/trainers/actions.ts#recordTrainerAttendanceAction": {
    signedInAs: TRAINER,
    fields: {
      sessionId: idField(anchor("trainerSessionId")),
      slotId: idField(anchor("trainerSlotId")),
      marks: trainerMarks,
    },
  },
  "lib/trainers/actions.ts#signSheetAction": {
    signedInAs: TRAINER,
    fields: {
      sessionId: idField(anchor("trainerSessionId")),
      slotId: idField(anchor("trainerSlotId")),
    },
  },
  "lib/trainers/actions.ts#correctSheetAction": {
    signedInAs: TRAINER,
    fields: {
      sessionId: idField(anchor("trainerSessionId")),
      slotId: idField(anchor("trainerSlotId")),
      marks: trainerMarks,
      reason: textField(3, 500),
    },
  },
  "lib/trainers/actions.ts#signOwnPresenceAction": {
    signedInAs: PARTICIPANT,
    fields: {
      slotId: idField(anchor("trainerSlotId")),
      code: formatField(["123456", "000000"], /^\d{6}$/),
    },
  },
  "lib/trainers/actions.ts#calendarFeedAction": {
    signedInAs: TRAINER,
    fields: { intent: enumField(["rotate", "revoke"]) },
  },
  "lib/trainers/actions.ts#addSessionTrainerAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      email: emailField(),
      firstName: textField(1, 100),
      lastName: textField(1, 100),
    },
  },
  "lib/trainers/actions.ts#removeSessionTrainerAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      trainerId: idField(),
    },
  },
  "lib/internships/actions.ts#saveDraftAction": {
    signedInAs: STAGIAIRE,
    fields: {
      kind: enumField(["REPORT"]),
      sequence: intField(1, 4),
      body: textField(0, 60_000),
    },
  },
  "lib/internships/actions.ts#transmitDocumentAction": {
    signedInAs: STAGIAIRE,
    fields: { documentId: idField(anchor("internshipDocumentId")) },
  },
  "lib/internships/actions.ts#endorseDocumentAction": {
    signedInAs: MANAGER,
    fields: { documentId: idField(anchor("internshipDocumentId")), comment: textField(0, 5000) },
  },
  "lib/internships/actions.ts#coEndorseDocumentAction": {
    signedInAs: MANAGER,
    fields: { documentId: idField(anchor("internshipDocumentId")), comment: textField(0, 5000) },
  },
  "lib/internships/actions.ts#returnDocumentAction": {
    signedInAs: MANAGER,
    fields: { documentId: idField(anchor("internshipDocumentId")), comment: textField(5, 5000) },
  },
  "lib/internships/actions.ts#submitToControllerAction": {
    signedInAs: STAGIAIRE,
    fields: { documentId: idField(anchor("internshipDocumentId")) },
  },
  "lib/internships/actions.ts#validateDocumentAction": {
    signedInAs: CONTROLLER,
    fields: { documentId: idField(anchor("internshipDocumentId")), comment: textField(0, 5000) },
  },
  "lib/internships/actions.ts#requestCorrectionsAction": {
    signedInAs: CONTROLLER,
    fields: { documentId: idField(anchor("internshipDocumentId")), comment: textField(5, 5000) },
  },
  "lib/internships/actions.ts#reassignInternshipAction": {
    signedInAs: PRINCIPAL,
    fields: { internshipId: idField(anchor("internshipId")), controllerId: idField() },
  },
  "lib/internships/actions.ts#updateCouncilSettingsAction": {
    signedInAs: PRINCIPAL,
    fields: {
      councilId: idField(anchor("councilId")),
      annualSheetDelayDays: intField(1, 90),
      customReports: booleanField(),
      report1: intField(12, 36),
      report2: intField(12, 36),
      report3: intField(12, 36),
      report4: intField(12, 36),
      trainingDaysTotal: intField(0, 60),
      elearningHoursTotal: intField(0, 400),
      amlDayYear: intField(1, 3),
      penaltyMonths: intField(0, 12),
    },
  },
};
