import type { Prisma, PrismaClient } from "../../lib/db/generated/client";

/**
 * The whole demo is built in memory first, with ids generated up front, then
 * written with a few createMany calls per table: on the embedded database a
 * round trip per row would take minutes.
 */
export type SeedRows = {
  user: Prisma.UserCreateManyInput[];
  accountToken: Prisma.AccountTokenCreateManyInput[];
  company: Prisma.CompanyCreateManyInput[];
  trainingOrganization: Prisma.TrainingOrganizationCreateManyInput[];
  participant: Prisma.ParticipantCreateManyInput[];
  companyMembership: Prisma.CompanyMembershipCreateManyInput[];
  companyGrant: Prisma.CompanyGrantCreateManyInput[];
  organizationStaff: Prisma.OrganizationStaffCreateManyInput[];
  venue: Prisma.VenueCreateManyInput[];
  course: Prisma.CourseCreateManyInput[];
  trainingSession: Prisma.TrainingSessionCreateManyInput[];
  sessionSlot: Prisma.SessionSlotCreateManyInput[];
  order: Prisma.OrderCreateManyInput[];
  registration: Prisma.RegistrationCreateManyInput[];
  registrationStatusChange: Prisma.RegistrationStatusChangeCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  sessionTrainer: Prisma.SessionTrainerCreateManyInput[];
  attendanceSheet: Prisma.AttendanceSheetCreateManyInput[];
  virtualClassJoin: Prisma.VirtualClassJoinCreateManyInput[];
  orderLine: Prisma.OrderLineCreateManyInput[];
  invoiceSequence: Prisma.InvoiceSequenceCreateManyInput[];
  invoice: Prisma.InvoiceCreateManyInput[];
  invoiceLine: Prisma.InvoiceLineCreateManyInput[];
  payment: Prisma.PaymentCreateManyInput[];
  trainingMaterial: Prisma.TrainingMaterialCreateManyInput[];
  trainingMaterialVersion: Prisma.TrainingMaterialVersionCreateManyInput[];
  questionnaire: Prisma.QuestionnaireCreateManyInput[];
  question: Prisma.QuestionCreateManyInput[];
  questionOption: Prisma.QuestionOptionCreateManyInput[];
  questionnaireResponse: Prisma.QuestionnaireResponseCreateManyInput[];
  answer: Prisma.AnswerCreateManyInput[];
  elearningModule: Prisma.ElearningModuleCreateManyInput[];
  elearningUnit: Prisma.ElearningUnitCreateManyInput[];
  elearningProgress: Prisma.ElearningProgressCreateManyInput[];
  elearningQuestion: Prisma.ElearningQuestionCreateManyInput[];
  issuedDocument: Prisma.IssuedDocumentCreateManyInput[];
  auditLog: Prisma.AuditLogCreateManyInput[];
  regionalCouncil: Prisma.RegionalCouncilCreateManyInput[];
  internship: Prisma.InternshipCreateManyInput[];
  internshipSupervision: Prisma.InternshipSupervisionCreateManyInput[];
  internshipControl: Prisma.InternshipControlCreateManyInput[];
  internshipDocument: Prisma.InternshipDocumentCreateManyInput[];
  internshipDocumentVersion: Prisma.InternshipDocumentVersionCreateManyInput[];
  documentReview: Prisma.DocumentReviewCreateManyInput[];
  internshipInterview: Prisma.InternshipInterviewCreateManyInput[];
  internshipDecision: Prisma.InternshipDecisionCreateManyInput[];
  internshipAttestation: Prisma.InternshipAttestationCreateManyInput[];
};

export type ModelName = keyof SeedRows;

/** Parents before children, so every foreign key finds its row. */
export const INSERT_ORDER: readonly ModelName[] = [
  "user",
  "accountToken",
  "company",
  "trainingOrganization",
  "participant",
  "companyMembership",
  "companyGrant",
  "organizationStaff",
  "venue",
  "course",
  "trainingSession",
  "sessionSlot",
  "order",
  "registration",
  "registrationStatusChange",
  "attendance",
  "sessionTrainer",
  "attendanceSheet",
  "virtualClassJoin",
  "orderLine",
  "invoiceSequence",
  "invoice",
  "invoiceLine",
  "payment",
  "trainingMaterial",
  "trainingMaterialVersion",
  "questionnaire",
  "question",
  "questionOption",
  "questionnaireResponse",
  "answer",
  "elearningModule",
  "elearningUnit",
  "elearningProgress",
  "elearningQuestion",
  "issuedDocument",
  "auditLog",
  "regionalCouncil",
  "internship",
  "internshipSupervision",
  "internshipControl",
  "internshipDocument",
  "internshipDocumentVersion",
  "documentReview",
  "internshipInterview",
  "internshipDecision",
  "internshipAttestation",
];

export function emptyRows(): SeedRows {
  return Object.fromEntries(INSERT_ORDER.map((name) => [name, []])) as unknown as SeedRows;
}

/** Bounded so that one statement stays well under PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 1_000;

type Tx = Prisma.TransactionClient | PrismaClient;

type CreateMany = (args: { data: unknown[] }) => Promise<{ count: number }>;

export async function insertRows(tx: Tx, rows: SeedRows): Promise<void> {
  for (const name of INSERT_ORDER) {
    const data = rows[name] as unknown[];
    // Each delegate has its own input type; the rows were typed when built.
    const delegate = (tx as unknown as Record<ModelName, { createMany: CreateMany }>)[name];
    for (let start = 0; start < data.length; start += BATCH_ROWS) {
      await delegate.createMany({ data: data.slice(start, start + BATCH_ROWS) });
    }
  }
}

export function countRows(rows: SeedRows): Record<ModelName, number> {
  return Object.fromEntries(INSERT_ORDER.map((name) => [name, rows[name].length])) as Record<
    ModelName,
    number
  >;
}
