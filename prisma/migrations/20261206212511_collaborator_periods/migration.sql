-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "companyId" TEXT;

-- CreateTable
CREATE TABLE "CollaboratorInvitation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "invitedById" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaboratorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CollaboratorInvitation_tokenHash_key" ON "CollaboratorInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "CollaboratorInvitation_participantId_idx" ON "CollaboratorInvitation"("participantId");

-- CreateIndex
CREATE INDEX "CollaboratorInvitation_companyId_idx" ON "CollaboratorInvitation"("companyId");

-- CreateIndex
CREATE INDEX "Registration_companyId_idx" ON "Registration"("companyId");

-- AddForeignKey
ALTER TABLE "CollaboratorInvitation" ADD CONSTRAINT "CollaboratorInvitation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaboratorInvitation" ADD CONSTRAINT "CollaboratorInvitation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A registration belongs to the company its participant worked for when it was made.
UPDATE "Registration" r SET "companyId" = p."companyId"
FROM "Participant" p
WHERE p."id" = r."participantId" AND p."companyId" IS NOT NULL;

-- Every way of inserting a registration (the app, the seed, the benchmark, scripts)
-- records that company unless it says otherwise.
CREATE FUNCTION "Registration_company_at_insert"() RETURNS trigger AS $$
BEGIN
  IF NEW."companyId" IS NULL THEN
    SELECT p."companyId" INTO NEW."companyId" FROM "Participant" p WHERE p."id" = NEW."participantId";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Registration_company_at_insert"
BEFORE INSERT ON "Registration"
FOR EACH ROW EXECUTE FUNCTION "Registration_company_at_insert"();
