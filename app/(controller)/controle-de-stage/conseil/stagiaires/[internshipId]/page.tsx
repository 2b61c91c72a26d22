import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CouncilStagiaire } from "@/components/internships/council-stagiaire";
import { requireController } from "@/lib/auth/space-guards";
import { getCouncilStagiairePage } from "@/lib/internships/reassign";

export const metadata: Metadata = { title: "Stagiaire du conseil" };

type PageProps = { params: Promise<{ internshipId: string }> };

export default async function CouncilStagiairePage({ params }: PageProps) {
  const viewer = await requireController();
  const { internshipId } = await params;
  const page = await getCouncilStagiairePage(viewer, internshipId);
  if (!page) notFound();
  return <CouncilStagiaire page={page} />;
}
