-- AlterTable
ALTER TABLE "ElearningQuestion" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TrainerAssessment" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "objectivesRating" INTEGER NOT NULL,
    "groupRating" INTEGER NOT NULL,
    "conditionsRating" INTEGER NOT NULL,
    "strengths" TEXT,
    "improvements" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainerAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainerAssessment_userId_idx" ON "TrainerAssessment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainerAssessment_sessionId_userId_key" ON "TrainerAssessment"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "TrainerAssessment" ADD CONSTRAINT "TrainerAssessment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAssessment" ADD CONSTRAINT "TrainerAssessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity rules Prisma's schema language cannot express (CHECK constraints).
ALTER TABLE "TrainerAssessment" ADD CONSTRAINT "TrainerAssessment_ratings_1_5" CHECK (
  "objectivesRating" BETWEEN 1 AND 5 AND "groupRating" BETWEEN 1 AND 5 AND "conditionsRating" BETWEEN 1 AND 5
);
