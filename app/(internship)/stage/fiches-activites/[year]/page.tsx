import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StagiaireDocument } from "@/components/internships/stagiaire-document";
import { requireStagiaire } from "@/lib/auth/space-guards";
import { getMyDocumentPage } from "@/lib/internships/documents";

export const metadata: Metadata = { title: "Fiche annuelle d'activités" };

type PageProps = { params: Promise<{ year: string }> };

export default async function ActivitySheetPage({ params }: PageProps) {
  const viewer = await requireStagiaire();
  const { year } = await params;
  if (!/^[1-3]$/.test(year)) notFound();
  const page = await getMyDocumentPage(viewer, "ACTIVITY_SHEET", Number(year));
  if (!page) notFound();
  return <StagiaireDocument page={page} />;
}
