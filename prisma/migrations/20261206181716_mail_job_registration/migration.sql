-- AlterTable
ALTER TABLE "MailJob" ADD COLUMN     "registrationId" TEXT;

-- CreateIndex
CREATE INDEX "MailJob_registrationId_status_idx" ON "MailJob"("registrationId", "status");

-- AddForeignKey
ALTER TABLE "MailJob" ADD CONSTRAINT "MailJob_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
