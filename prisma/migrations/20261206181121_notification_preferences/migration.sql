-- CreateEnum
CREATE TYPE "NotificationCategory" AS ENUM ('SESSIONS', 'QUESTIONNAIRES', 'ELEARNING', 'INTERNSHIP', 'CONTINUING_EDUCATION', 'ACCOUNT');

-- CreateEnum
CREATE TYPE "NotificationChoice" AS ENUM ('IMMEDIATE', 'WEEKLY_DIGEST', 'NEVER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MailJobStatus" ADD VALUE 'HELD';
ALTER TYPE "MailJobStatus" ADD VALUE 'DIGESTED';
ALTER TYPE "MailJobStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "MailJob" ADD COLUMN     "category" "NotificationCategory",
ADD COLUMN     "userId" TEXT;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "category" "NotificationCategory" NOT NULL,
    "choice" "NotificationChoice" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","category")
);

-- CreateIndex
CREATE INDEX "NotificationPreference_category_choice_idx" ON "NotificationPreference"("category", "choice");

-- CreateIndex
CREATE INDEX "MailJob_status_userId_idx" ON "MailJob"("status", "userId");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Account and security messages are always sent: nobody stores a choice for them.
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_account_always_on"
  CHECK ("category" <> 'ACCOUNT');
