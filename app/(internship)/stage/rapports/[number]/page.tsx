import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StagiaireDocument } from "@/components/internships/stagiaire-document";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDocumentPage } from "@/lib/internships/documents";

export const metadata: Metadata = { title: "Rapport semestriel" };

type PageProps = { params: Promise<{ number: string }> };

export default async function ReportPage({ params }: PageProps) {
  const viewer = await requireStagiaire();
  const { number } = await params;
  if (!/^[1-4]$/.test(number)) notFound();
  const page = await getMyDocumentPage(viewer, "REPORT", Number(number));
  if (!page) notFound();
  return <StagiaireDocument page={page} />;
}
