import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ControllerDocument } from "@/components/internships/controller-document";
import { requireController } from "@/lib/auth/space-guards";
import { getControlledDocumentPage } from "@/lib/internships/review";

export const metadata: Metadata = { title: "Document à contrôler" };

type PageProps = { params: Promise<{ documentId: string }> };

export default async function ControlledDocumentPage({ params }: PageProps) {
  const viewer = await requireController();
  const { documentId } = await params;
  const page = await getControlledDocumentPage(viewer, documentId);
  if (!page) notFound();
  return <ControllerDocument page={page} />;
}
