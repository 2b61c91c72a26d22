import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SupervisorDocument } from "@/components/internships/supervisor-document";
import { requireSupervisor } from "@/lib/auth/space-guards";
import { getSupervisedDocumentPage } from "@/lib/internships/documents";

export const metadata: Metadata = { title: "Document du stagiaire" };

type PageProps = { params: Promise<{ documentId: string }> };

export default async function SupervisedDocumentPage({ params }: PageProps) {
  const viewer = await requireSupervisor();
  const { documentId } = await params;
  const page = await getSupervisedDocumentPage(viewer, documentId);
  if (!page) notFound();
  return (
    <SupervisorDocument page={page} canReview={page.canReview} canCoReview={page.canCoReview} />
  );
}
