-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('COLLABORATOR', 'PRIVATE');

-- CreateEnum
CREATE TYPE "Profession" AS ENUM ('EXPERT_COMPTABLE', 'COMMISSAIRE_AUX_COMPTES', 'COLLABORATEUR_COMPTABLE', 'EXPERT_COMPTABLE_STAGIAIRE', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganizationRole" AS ENUM ('ADMIN', 'STAFF', 'TRAINER');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('IN_PERSON', 'VIRTUAL_CLASS', 'ELEARNING', 'CURSUS');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CertificateRule" AS ENUM ('ATTENDANCE', 'VALIDATION_TEST_COMPLETED', 'VALIDATION_TEST_PASSED', 'ATTENDANCE_AND_VALIDATION_TEST', 'ELEARNING_COMPLETED');

-- CreateEnum
CREATE TYPE "HalfDay" AS ENUM ('MORNING', 'AFTERNOON', 'FULL_DAY');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CANCELLED', 'REFUSED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('AWAITING_PAYMENT', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('ISSUED', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'CARD', 'CHEQUE', 'DIRECT_DEBIT');

-- CreateEnum
CREATE TYPE "MaterialPhase" AS ENUM ('BEFORE', 'DURING', 'AFTER');

-- CreateEnum
CREATE TYPE "QuestionnaireKind" AS ENUM ('POSITIONING', 'VALIDATION', 'SATISFACTION');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'SCALE_0_10', 'SHORT_TEXT', 'LONG_TEXT');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CERTIFICATE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "passwordChangedAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "anonymizedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "companyId" TEXT,
    "profession" "Profession" NOT NULL DEFAULT 'OTHER',
    "phone" TEXT,
    "jobTitle" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "vatNumber" TEXT,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyGrant" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "permission" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingOrganization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "activityNumber" TEXT,
    "vatNumber" TEXT,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT NOT NULL,
    "website" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "disabilityContactName" TEXT NOT NULL,
    "disabilityContactEmail" TEXT NOT NULL,
    "disabilityContactPhone" TEXT,
    "paymentTerms" TEXT NOT NULL DEFAULT 'Paiement à 30 jours. Pénalités de retard : trois fois le taux d''intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationStaff" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "OrganizationRole" NOT NULL DEFAULT 'STAFF',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationStaff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT,
    "title" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "objectives" TEXT NOT NULL,
    "prerequisites" TEXT,
    "audience" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "durationDays" DECIMAL(5,2),
    "priceExclVatCents" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL DEFAULT 2000,
    "assessmentMethods" TEXT NOT NULL,
    "teachingMethods" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'France',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "accessInfo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "organizerName" TEXT NOT NULL,
    "venueId" TEXT,
    "placeLabel" TEXT,
    "joinUrl" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,
    "elearningAccessDays" INTEGER NOT NULL DEFAULT 90,
    "positioningRequired" BOOLEAN NOT NULL DEFAULT false,
    "validationTestOpenDays" INTEGER NOT NULL DEFAULT 10,
    "certificateRule" "CertificateRule" NOT NULL DEFAULT 'ATTENDANCE',
    "certificateMinAttendancePercent" INTEGER NOT NULL DEFAULT 100,
    "validationPassPercent" INTEGER NOT NULL DEFAULT 50,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionSlot" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "halfDay" "HalfDay" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "organizerName" TEXT,
    "venueId" TEXT,

    CONSTRAINT "SessionSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "orderId" TEXT,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "elearningAccessStartsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationStatusChange" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "fromStatus" "RegistrationStatus",
    "toStatus" "RegistrationStatus" NOT NULL,
    "reason" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VirtualClassJoin" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VirtualClassJoin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "companyId" TEXT,
    "participantId" TEXT,
    "status" "OrderStatus" NOT NULL DEFAULT 'AWAITING_PAYMENT',
    "orderedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "registrationId" TEXT,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unitPriceExclVatCents" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceSequence" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceSequence_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerAddress" TEXT NOT NULL,
    "totalExclVatCents" INTEGER NOT NULL,
    "totalVatCents" INTEGER NOT NULL,
    "totalInclVatCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceExclVatCents" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL,
    "totalExclVatCents" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "reference" TEXT,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingMaterial" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "phase" "MaterialPhase" NOT NULL,
    "availableForDays" INTEGER,
    "availableUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingMaterialVersion" (
    "id" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingMaterialVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "courseId" TEXT,
    "sessionId" TEXT,
    "kind" "QuestionnaireKind" NOT NULL,
    "title" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "QuestionType" NOT NULL,
    "label" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "points" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "isCorrect" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "QuestionOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "score" INTEGER,
    "maxScore" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "selectedOptionIds" TEXT[],
    "numberValue" INTEGER,
    "textValue" TEXT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElearningModule" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ElearningModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElearningUnit" (
    "id" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "videoUrl" TEXT,
    "fileStorageKey" TEXT,
    "fileName" TEXT,
    "estimatedMinutes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ElearningUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElearningProgress" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "UnitStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "timeSpentSeconds" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),

    CONSTRAINT "ElearningProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElearningQuestion" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ElearningQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "organizationId" TEXT,
    "companyId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "AccountToken_expiresAt_idx" ON "AccountToken"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_userId_key" ON "Participant"("userId");

-- CreateIndex
CREATE INDEX "Participant_companyId_idx" ON "Participant"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Company_siret_key" ON "Company"("siret");

-- CreateIndex
CREATE INDEX "CompanyMembership_companyId_idx" ON "CompanyMembership"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyMembership_userId_companyId_key" ON "CompanyMembership"("userId", "companyId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyGrant_membershipId_permission_key" ON "CompanyGrant"("membershipId", "permission");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingOrganization_siret_key" ON "TrainingOrganization"("siret");

-- CreateIndex
CREATE INDEX "OrganizationStaff_organizationId_idx" ON "OrganizationStaff"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationStaff_userId_organizationId_key" ON "OrganizationStaff"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "Course_organizationId_idx" ON "Course"("organizationId");

-- CreateIndex
CREATE INDEX "TrainingSession_courseId_idx" ON "TrainingSession"("courseId");

-- CreateIndex
CREATE INDEX "TrainingSession_organizationId_startsAt_idx" ON "TrainingSession"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "TrainingSession_endsAt_idx" ON "TrainingSession"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingSession_organizationId_reference_key" ON "TrainingSession"("organizationId", "reference");

-- CreateIndex
CREATE INDEX "SessionSlot_sessionId_startsAt_idx" ON "SessionSlot"("sessionId", "startsAt");

-- CreateIndex
CREATE INDEX "Registration_sessionId_status_idx" ON "Registration"("sessionId", "status");

-- CreateIndex
CREATE INDEX "Registration_orderId_idx" ON "Registration"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_participantId_sessionId_key" ON "Registration"("participantId", "sessionId");

-- CreateIndex
CREATE INDEX "RegistrationStatusChange_registrationId_changedAt_idx" ON "RegistrationStatusChange"("registrationId", "changedAt");

-- CreateIndex
CREATE INDEX "Attendance_slotId_idx" ON "Attendance"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_registrationId_slotId_key" ON "Attendance"("registrationId", "slotId");

-- CreateIndex
CREATE INDEX "VirtualClassJoin_registrationId_slotId_idx" ON "VirtualClassJoin"("registrationId", "slotId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_reference_key" ON "Order"("reference");

-- CreateIndex
CREATE INDEX "Order_companyId_orderedAt_idx" ON "Order"("companyId", "orderedAt");

-- CreateIndex
CREATE INDEX "Order_participantId_orderedAt_idx" ON "Order"("participantId", "orderedAt");

-- CreateIndex
CREATE INDEX "Order_organizationId_orderedAt_idx" ON "Order"("organizationId", "orderedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_registrationId_key" ON "OrderLine"("registrationId");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_idx" ON "OrderLine"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_orderId_idx" ON "Invoice"("orderId");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_issuedAt_idx" ON "Invoice"("organizationId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");

-- CreateIndex
CREATE INDEX "TrainingMaterial_sessionId_idx" ON "TrainingMaterial"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingMaterialVersion_storageKey_key" ON "TrainingMaterialVersion"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingMaterialVersion_materialId_version_key" ON "TrainingMaterialVersion"("materialId", "version");

-- CreateIndex
CREATE INDEX "Questionnaire_courseId_kind_idx" ON "Questionnaire"("courseId", "kind");

-- CreateIndex
CREATE INDEX "Questionnaire_sessionId_kind_idx" ON "Questionnaire"("sessionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Question_questionnaireId_position_key" ON "Question"("questionnaireId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOption_questionId_position_key" ON "QuestionOption"("questionId", "position");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_registrationId_idx" ON "QuestionnaireResponse"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireResponse_questionnaireId_registrationId_key" ON "QuestionnaireResponse"("questionnaireId", "registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_responseId_questionId_key" ON "Answer"("responseId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ElearningModule_courseId_key" ON "ElearningModule"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "ElearningUnit_moduleId_position_key" ON "ElearningUnit"("moduleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ElearningProgress_registrationId_unitId_key" ON "ElearningProgress"("registrationId", "unitId");

-- CreateIndex
CREATE INDEX "ElearningQuestion_registrationId_idx" ON "ElearningQuestion"("registrationId");

-- CreateIndex
CREATE INDEX "ElearningQuestion_moduleId_answeredAt_idx" ON "ElearningQuestion"("moduleId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_number_key" ON "IssuedDocument"("number");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_registrationId_kind_key" ON "IssuedDocument"("registrationId", "kind");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_at_idx" ON "AuditLog"("organizationId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_companyId_at_idx" ON "AuditLog"("companyId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMembership" ADD CONSTRAINT "CompanyMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMembership" ADD CONSTRAINT "CompanyMembership_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyGrant" ADD CONSTRAINT "CompanyGrant_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "CompanyMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationStaff" ADD CONSTRAINT "OrganizationStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationStaff" ADD CONSTRAINT "OrganizationStaff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSlot" ADD CONSTRAINT "SessionSlot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSlot" ADD CONSTRAINT "SessionSlot_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationStatusChange" ADD CONSTRAINT "RegistrationStatusChange_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "SessionSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VirtualClassJoin" ADD CONSTRAINT "VirtualClassJoin_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VirtualClassJoin" ADD CONSTRAINT "VirtualClassJoin_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "SessionSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceSequence" ADD CONSTRAINT "InvoiceSequence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingMaterial" ADD CONSTRAINT "TrainingMaterial_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingMaterialVersion" ADD CONSTRAINT "TrainingMaterialVersion_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "TrainingMaterial"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOption" ADD CONSTRAINT "QuestionOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuestionnaireResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningModule" ADD CONSTRAINT "ElearningModule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningUnit" ADD CONSTRAINT "ElearningUnit_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ElearningModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningProgress" ADD CONSTRAINT "ElearningProgress_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningProgress" ADD CONSTRAINT "ElearningProgress_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ElearningUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningQuestion" ADD CONSTRAINT "ElearningQuestion_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElearningQuestion" ADD CONSTRAINT "ElearningQuestion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ElearningModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Integrity rules Prisma's schema language cannot express (CHECK constraints).
-- Prisma's migration diff ignores CHECK constraints, so they live here only.

-- A collaborator belongs to a company; a private participant to none.
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_company_matches_kind"
  CHECK (("kind" = 'COLLABORATOR') = ("companyId" IS NOT NULL));

ALTER TABLE "Course" ADD CONSTRAINT "Course_duration_positive" CHECK ("durationMinutes" > 0 AND ("durationDays" IS NULL OR "durationDays" > 0));
ALTER TABLE "Course" ADD CONSTRAINT "Course_price_non_negative" CHECK ("priceExclVatCents" >= 0);
ALTER TABLE "Course" ADD CONSTRAINT "Course_vat_rate_range" CHECK ("vatRateBasisPoints" BETWEEN 0 AND 10000);

ALTER TABLE "Venue" ADD CONSTRAINT "Venue_coordinates_range"
  CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180));

ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_dates_ordered" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_elearning_days_range" CHECK ("elearningAccessDays" BETWEEN 1 AND 3650);
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_validation_days_range" CHECK ("validationTestOpenDays" BETWEEN 1 AND 365);
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_percentages_range"
  CHECK ("certificateMinAttendancePercent" BETWEEN 0 AND 100 AND "validationPassPercent" BETWEEN 0 AND 100);

ALTER TABLE "SessionSlot" ADD CONSTRAINT "SessionSlot_times_ordered" CHECK ("endsAt" > "startsAt");
ALTER TABLE "SessionSlot" ADD CONSTRAINT "SessionSlot_duration_positive" CHECK ("durationMinutes" > 0);

-- An order has exactly one payer: the company or the private participant.
ALTER TABLE "Order" ADD CONSTRAINT "Order_exactly_one_payer" CHECK (("companyId" IS NULL) <> ("participantId" IS NULL));

ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_amounts_valid"
  CHECK ("quantity" > 0 AND "unitPriceExclVatCents" >= 0 AND "vatRateBasisPoints" BETWEEN 0 AND 10000);

ALTER TABLE "InvoiceSequence" ADD CONSTRAINT "InvoiceSequence_last_number_non_negative" CHECK ("lastNumber" >= 0);

ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_totals_consistent"
  CHECK ("totalExclVatCents" >= 0 AND "totalVatCents" >= 0 AND "totalInclVatCents" = "totalExclVatCents" + "totalVatCents");
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_due_after_issue" CHECK ("dueAt" >= "issuedAt");

ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_amounts_valid"
  CHECK ("quantity" > 0 AND "unitPriceExclVatCents" >= 0 AND "vatRateBasisPoints" BETWEEN 0 AND 10000 AND "totalExclVatCents" = "quantity" * "unitPriceExclVatCents");

ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_positive" CHECK ("amountCents" > 0);

ALTER TABLE "TrainingMaterial" ADD CONSTRAINT "TrainingMaterial_days_positive" CHECK ("availableForDays" IS NULL OR "availableForDays" > 0);
ALTER TABLE "TrainingMaterialVersion" ADD CONSTRAINT "TrainingMaterialVersion_valid" CHECK ("version" >= 1 AND "sizeBytes" >= 0);

-- A questionnaire belongs to a course or to a session, not both.
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_one_owner" CHECK (("courseId" IS NULL) <> ("sessionId" IS NULL));
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_window_ordered"
  CHECK ("opensAt" IS NULL OR "closesAt" IS NULL OR "closesAt" > "opensAt");

ALTER TABLE "Question" ADD CONSTRAINT "Question_points_non_negative" CHECK ("points" >= 0 AND "position" >= 0);
ALTER TABLE "QuestionOption" ADD CONSTRAINT "QuestionOption_position_non_negative" CHECK ("position" >= 0);

ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_score_range"
  CHECK ("score" IS NULL OR ("maxScore" IS NOT NULL AND "score" BETWEEN 0 AND "maxScore"));
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_submitted_has_date"
  CHECK (("status" = 'SUBMITTED') = ("submittedAt" IS NOT NULL));

-- Scales go from 0 (0-10) or 1 (1-5) to at most 10.
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_number_range" CHECK ("numberValue" IS NULL OR "numberValue" BETWEEN 0 AND 10);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_text_length" CHECK ("textValue" IS NULL OR char_length("textValue") <= 5000);

ALTER TABLE "ElearningUnit" ADD CONSTRAINT "ElearningUnit_minutes_non_negative" CHECK ("estimatedMinutes" >= 0 AND "position" >= 0);
ALTER TABLE "ElearningProgress" ADD CONSTRAINT "ElearningProgress_time_non_negative" CHECK ("timeSpentSeconds" >= 0);

ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_expires_after_creation" CHECK ("expiresAt" > "createdAt");
