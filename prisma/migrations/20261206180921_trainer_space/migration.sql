-- CreateEnum
CREATE TYPE "AttendanceMethod" AS ENUM ('SELF', 'TRAINER', 'ORGANIZATION', 'JOIN_LOG');

-- AlterEnum
ALTER TYPE "AttendanceStatus" ADD VALUE 'LATE';

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "arrivedAt" TIMESTAMP(3),
ADD COLUMN     "leftAt" TIMESTAMP(3),
ADD COLUMN     "method" "AttendanceMethod" NOT NULL DEFAULT 'ORGANIZATION',
ADD COLUMN     "signedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SessionTrainer" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionTrainer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainerCalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainerCalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceSheet" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "marks" JSONB NOT NULL,

    CONSTRAINT "AttendanceSheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionTrainer_userId_idx" ON "SessionTrainer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionTrainer_sessionId_userId_key" ON "SessionTrainer"("sessionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainerCalendarFeed_userId_key" ON "TrainerCalendarFeed"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainerCalendarFeed_tokenHash_key" ON "TrainerCalendarFeed"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceSheet_slotId_version_key" ON "AttendanceSheet"("slotId", "version");

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "TrainingOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerCalendarFeed" ADD CONSTRAINT "TrainerCalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceSheet" ADD CONSTRAINT "AttendanceSheet_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "SessionSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceSheet" ADD CONSTRAINT "AttendanceSheet_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Integrity rules Prisma's schema language cannot express (CHECK constraints).
-- (None may name the new 'LATE' value: PostgreSQL refuses a new enum value in
-- the transaction that adds it.)
ALTER TABLE "AttendanceSheet" ADD CONSTRAINT "AttendanceSheet_version_positive" CHECK ("version" >= 1);
-- A correction (any version after the first) names its reason.
ALTER TABLE "AttendanceSheet" ADD CONSTRAINT "AttendanceSheet_correction_has_reason" CHECK ("version" = 1 OR length(trim(coalesce("reason", ''))) >= 3);
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_departure_after_arrival" CHECK ("arrivedAt" IS NULL OR "leftAt" IS NULL OR "leftAt" > "arrivedAt");
