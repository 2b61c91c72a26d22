import { PERMISSIONS, ROLES } from "../../../lib/auth/permissions";
import {
  ATTENDANCE_CHOICES,
  CERTIFICATE_RULES,
  PAYMENT_METHODS,
} from "../../../lib/organizations/schemas";
import { SLUG_VALUES } from "../../../lib/questionnaires/kinds";
import { anchor, anchors } from "./anchors";
import {
  amountField,
  answersField,
  anyString,
  arrayField,
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

const newCollaborator = objectField({
  email: emailField(),
  firstName: textField(1, 100),
  lastName: textField(1, 100),
});

export const ACTION_TARGETS: Record<string, ActionTarget> = {
  "app/(auth)/invitation/actions.ts#acceptInvitationAction": {
    signedInAs: null,
    fields: { token: textField(1, 128), password: textField(12, 200), confirmation: anyString() },
  },
  "app/(auth)/invitation/actions.ts#resetPasswordAction": {
    signedInAs: null,
    fields: { token: textField(1, 128), password: textField(12, 200), confirmation: anyString() },
  },
  "app/(auth)/mot-de-passe-oublie/actions.ts#requestPasswordResetAction": {
    signedInAs: null,
    fields: { email: emailField() },
  },
  "app/(company)/entreprise/[companyId]/actions.ts#registerCollaboratorsAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      sessionId: idField(anchor("companySessionId")),
      participantIds: arrayField(idField(anchor("collaboratorId")), 0, 50),
      newCollaborators: arrayField(newCollaborator, 0, 20),
    },
  },
  "app/(company)/entreprise/[companyId]/actions.ts#setMemberPermissionsAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
      permissions: arrayField(enumField(Object.keys(PERMISSIONS)), 0, 20),
    },
  },
  "app/(company)/entreprise/[companyId]/actions.ts#grantRoleAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
      role: enumField(Object.keys(ROLES)),
    },
  },
  "app/(company)/entreprise/[companyId]/actions.ts#inviteMemberAction": {
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
  "app/(company)/entreprise/[companyId]/actions.ts#removeMemberAction": {
    signedInAs: MANAGER,
    fields: {
      companyId: idField(anchor("companyId")),
      membershipId: idField(anchor("membershipId")),
    },
  },
  "app/(organization)/organisme/actions.ts#answerQuestionAction": {
    signedInAs: STAFF,
    fields: { questionId: idField(anchor("staffQuestionId")), answer: textField(5, 4000) },
  },
  "app/(organization)/organisme/actions.ts#recordPaymentAction": {
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
  "app/(organization)/organisme/sessions/[sessionId]/actions.ts#decideRegistrationsAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      registrationIds: arrayField(idField(anchor("staffRegistrationId")), 1, 500),
      decision: enumField(["confirm", "refuse"]),
      reason: textField(0, 500, true),
    },
  },
  "app/(organization)/organisme/sessions/[sessionId]/actions.ts#registerByEmailAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      email: emailField(),
      firstName: textField(1, 100),
      lastName: textField(1, 100),
    },
  },
  "app/(organization)/organisme/sessions/[sessionId]/actions.ts#recordAttendanceAction": {
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
  "app/(organization)/organisme/sessions/[sessionId]/actions.ts#updateCertificateRuleAction": {
    signedInAs: STAFF,
    fields: {
      sessionId: idField(anchor("staffSessionId")),
      rule: enumField(CERTIFICATE_RULES),
      minAttendancePercent: intField(1, 100, true),
      passPercent: intField(0, 100, true),
    },
  },
  "app/(organization)/organisme/sessions/[sessionId]/actions.ts#updateSessionLogisticsAction": {
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
  "app/(participant)/mes-donnees/actions.ts#eraseMyAccountAction": {
    signedInAs: PARTICIPANT,
    fields: { email: emailField(), confirmation: enumField(["SUPPRIMER"]) },
  },
  "app/(participant)/sessions/[registrationId]/module/actions.ts#recordUnitTimeAction": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      unitId: idField(anchor("unitId")),
      seconds: intField(0, 60),
    },
  },
  "app/(participant)/sessions/[registrationId]/module/actions.ts#completeUnitAction": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      unitId: idField(anchor("unitId")),
    },
  },
  "app/(participant)/sessions/[registrationId]/module/actions.ts#askQuestionAction": {
    signedInAs: PARTICIPANT,
    fields: { registrationId: idField(anchor("registrationId")), body: textField(10, 2000) },
  },
  "lib/questionnaires/actions.ts#saveQuestionnaireDraft": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      kind: enumField(SLUG_VALUES),
      answers: answersField(() => anchors.questionIds),
    },
  },
  "lib/questionnaires/actions.ts#submitQuestionnaire": {
    signedInAs: PARTICIPANT,
    fields: {
      registrationId: idField(anchor("registrationId")),
      kind: enumField(SLUG_VALUES),
      answers: answersField(() => anchors.questionIds),
    },
  },
};
