import type { Metadata } from "next";
import { TrainingRecordView } from "@/components/sessions/training-record-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireParticipant } from "@/lib/auth/viewer";
import { getTrainingRecord } from "@/lib/sessions/training-record";

export const metadata: Metadata = { title: "Mon parcours" };

export default async function TrainingRecordPage() {
  const participant = await requireParticipant();
  const record = await getTrainingRecord(participant);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mon parcours" />
      <TrainingRecordView record={record} />
    </div>
  );
}
