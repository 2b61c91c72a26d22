-- CreateEnum
CREATE TYPE "InternshipVariant" AS ENUM ('THREE_YEARS', 'TWO_YEARS', 'RENEWAL_ONE_YEAR', 'CAC_HOLDER_ONE_YEAR');

-- CreateEnum
CREATE TYPE "InternshipStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'VOID');

-- CreateEnum
CREATE TYPE "SupervisionRole" AS ENUM ('MASTER', 'CO_MASTER');

-- CreateEnum
CREATE TYPE "ControlRole" AS ENUM ('ADJOINT', 'PRINCIPAL');

-- CreateEnum
CREATE TYPE "InternshipDocumentKind" AS ENUM ('REPORT', 'ACTIVITY_SHEET', 'TRAINING_SHEET', 'INTERVIEW', 'SYNTHESIS');

-- CreateEnum
CREATE TYPE "InternshipDocumentState" AS ENUM ('DRAFT', 'SUBMITTED_TO_SUPERVISOR', 'RETURNED', 'ENDORSED', 'SUBMITTED_TO_CONTROLLER', 'VALIDATED', 'CORRECTIONS_REQUESTED', 'FILED');

-- CreateEnum
CREATE TYPE "ReviewerRole" AS ENUM ('STAGIAIRE', 'MASTER', 'CO_MASTER', 'CONTROLLER', 'COUNCIL');

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "antiMoneyLaundering" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "countsTowardsInternship" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RegionalCouncil" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "annualSheetDelayDays" INTEGER NOT NULL DEFAULT 21,
    "reportDueMonths" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "trainingDaysTotal" INTEGER NOT NULL DEFAULT 23,
    "elearningHoursTotal" INTEGER NOT NULL DEFAULT 105,
    "amlDayYear" INTEGER NOT NULL DEFAULT 2,
    "penaltyMonths" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionalCouncil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Internship" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "variant" "InternshipVariant" NOT NULL,
    "startDate" DATE NOT NULL,
    "cacTrack" BOOLEAN NOT NULL DEFAULT false,
    "status" "InternshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Internship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipSupervision" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "SupervisionRole" NOT NULL,
    "firmName" TEXT NOT NULL,
    "companyId" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipSupervision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipControl" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "ControlRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipSuspension" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipDocument" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "kind" "InternshipDocumentKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "state" "InternshipDocumentState" NOT NULL DEFAULT 'DRAFT',
    "draftBody" TEXT,
    "draftHours" JSONB,
    "draftFileKey" TEXT,
    "draftFileName" TEXT,
    "draftFileType" TEXT,
    "draftFileSize" INTEGER,
    "stateChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternshipDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT,
    "hours" JSONB,
    "storageKey" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentReview" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "versionId" TEXT,
    "userId" TEXT NOT NULL,
    "role" "ReviewerRole" NOT NULL,
    "fromState" "InternshipDocumentState" NOT NULL,
    "toState" "InternshipDocumentState" NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionalCouncil_name_key" ON "RegionalCouncil"("name");

-- CreateIndex
CREATE INDEX "Internship_participantId_idx" ON "Internship"("participantId");

-- CreateIndex
CREATE INDEX "Internship_councilId_idx" ON "Internship"("councilId");

-- CreateIndex
CREATE INDEX "InternshipSupervision_internshipId_idx" ON "InternshipSupervision"("internshipId");

-- CreateIndex
CREATE INDEX "InternshipSupervision_userId_idx" ON "InternshipSupervision"("userId");

-- CreateIndex
CREATE INDEX "InternshipControl_internshipId_idx" ON "InternshipControl"("internshipId");

-- CreateIndex
CREATE INDEX "InternshipControl_userId_idx" ON "InternshipControl"("userId");

-- CreateIndex
CREATE INDEX "InternshipSuspension_internshipId_idx" ON "InternshipSuspension"("internshipId");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipDocument_draftFileKey_key" ON "InternshipDocument"("draftFileKey");

-- CreateIndex
CREATE INDEX "InternshipDocument_internshipId_state_idx" ON "InternshipDocument"("internshipId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipDocument_internshipId_kind_sequence_key" ON "InternshipDocument"("internshipId", "kind", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipDocumentVersion_storageKey_key" ON "InternshipDocumentVersion"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipDocumentVersion_documentId_version_key" ON "InternshipDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE INDEX "DocumentReview_documentId_at_idx" ON "DocumentReview"("documentId", "at");

-- CreateIndex
CREATE INDEX "DocumentReview_userId_idx" ON "DocumentReview"("userId");

-- AddForeignKey
ALTER TABLE "Internship" ADD CONSTRAINT "Internship_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Internship" ADD CONSTRAINT "Internship_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "RegionalCouncil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipSupervision" ADD CONSTRAINT "InternshipSupervision_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipSupervision" ADD CONSTRAINT "InternshipSupervision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipControl" ADD CONSTRAINT "InternshipControl_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipControl" ADD CONSTRAINT "InternshipControl_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipSuspension" ADD CONSTRAINT "InternshipSuspension_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipDocument" ADD CONSTRAINT "InternshipDocument_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipDocumentVersion" ADD CONSTRAINT "InternshipDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InternshipDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipDocumentVersion" ADD CONSTRAINT "InternshipDocumentVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReview" ADD CONSTRAINT "DocumentReview_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InternshipDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReview" ADD CONSTRAINT "DocumentReview_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "InternshipDocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReview" ADD CONSTRAINT "DocumentReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks Prisma cannot express.
ALTER TABLE "RegionalCouncil" ADD CONSTRAINT "RegionalCouncil_settings_check" CHECK (
  "annualSheetDelayDays" BETWEEN 0 AND 366 AND "trainingDaysTotal" >= 0
  AND "elearningHoursTotal" >= 0 AND "amlDayYear" BETWEEN 1 AND 3 AND "penaltyMonths" >= 0
  AND cardinality("reportDueMonths") IN (0, 4));
ALTER TABLE "InternshipSupervision" ADD CONSTRAINT "InternshipSupervision_period_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "InternshipControl" ADD CONSTRAINT "InternshipControl_period_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "InternshipSuspension" ADD CONSTRAINT "InternshipSuspension_period_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "InternshipDocument" ADD CONSTRAINT "InternshipDocument_sequence_check" CHECK (
  "year" BETWEEN 1 AND 3 AND "periodEnd" >= "periodStart"
  AND ("kind" <> 'REPORT' OR "sequence" BETWEEN 1 AND 4));
ALTER TABLE "InternshipDocumentVersion" ADD CONSTRAINT "InternshipDocumentVersion_content_check" CHECK (
  "version" >= 1 AND ("body" IS NOT NULL OR "hours" IS NOT NULL OR "storageKey" IS NOT NULL)
  AND ("storageKey" IS NULL OR ("fileName" IS NOT NULL AND "mimeType" IS NOT NULL AND "sizeBytes" > 0)));
