import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { CourseSheetView } from "@/components/sessions/course-sheet-view";
import { requireParticipant } from "@/lib/auth/viewer";
import { getCourseSheet } from "@/lib/sessions/course-sheet";

export const metadata: Metadata = { title: "Fiche pédagogique" };

type Props = { params: Promise<{ registrationId: string }> };

export default async function CourseSheetPage({ params }: Props) {
  const participant = await requireParticipant();
  const { registrationId } = await params;
  const sheet = await getCourseSheet(participant, registrationId);
  if (!sheet) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[{ href: "/sessions", label: "Mes sessions" }, { label: "Fiche pédagogique" }]}
      />
      <CourseSheetView sheet={sheet} />
    </div>
  );
}
