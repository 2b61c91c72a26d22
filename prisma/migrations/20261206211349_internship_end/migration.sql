-- CreateEnum
CREATE TYPE "InterviewState" AS ENUM ('PROPOSED_BY_CONTROLLER', 'PROPOSED_BY_STAGIAIRE', 'ACCEPTED', 'HELD');

-- CreateEnum
CREATE TYPE "InternshipDecisionKind" AS ENUM ('ATTESTATION', 'REFUSAL', 'INVALIDATION');

-- CreateTable
CREATE TABLE "InternshipInterview" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "state" "InterviewState" NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "videoLink" TEXT,
    "message" TEXT,
    "proposedById" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternshipInterview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipPenalty" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "comment" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipPenalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipHearing" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipHearing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipDecision" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "kind" "InternshipDecisionKind" NOT NULL,
    "months" INTEGER,
    "decidedOn" DATE NOT NULL,
    "comment" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipAttestation" (
    "id" TEXT NOT NULL,
    "internshipId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "extendedAt" TIMESTAMP(3),
    "extendedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InternshipInterview_internshipId_key" ON "InternshipInterview"("internshipId");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipPenalty_documentId_key" ON "InternshipPenalty"("documentId");

-- CreateIndex
CREATE INDEX "InternshipPenalty_internshipId_idx" ON "InternshipPenalty"("internshipId");

-- CreateIndex
CREATE INDEX "InternshipHearing_internshipId_idx" ON "InternshipHearing"("internshipId");

-- CreateIndex
CREATE INDEX "InternshipDecision_internshipId_decidedOn_idx" ON "InternshipDecision"("internshipId", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipAttestation_internshipId_key" ON "InternshipAttestation"("internshipId");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipAttestation_decisionId_key" ON "InternshipAttestation"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipAttestation_number_key" ON "InternshipAttestation"("number");

-- AddForeignKey
ALTER TABLE "InternshipInterview" ADD CONSTRAINT "InternshipInterview_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipInterview" ADD CONSTRAINT "InternshipInterview_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPenalty" ADD CONSTRAINT "InternshipPenalty_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPenalty" ADD CONSTRAINT "InternshipPenalty_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InternshipDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPenalty" ADD CONSTRAINT "InternshipPenalty_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipHearing" ADD CONSTRAINT "InternshipHearing_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipHearing" ADD CONSTRAINT "InternshipHearing_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipDecision" ADD CONSTRAINT "InternshipDecision_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipDecision" ADD CONSTRAINT "InternshipDecision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipAttestation" ADD CONSTRAINT "InternshipAttestation_internshipId_fkey" FOREIGN KEY ("internshipId") REFERENCES "Internship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipAttestation" ADD CONSTRAINT "InternshipAttestation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "InternshipDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipAttestation" ADD CONSTRAINT "InternshipAttestation_extendedById_fkey" FOREIGN KEY ("extendedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
