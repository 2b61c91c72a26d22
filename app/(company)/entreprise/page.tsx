import { redirect } from "next/navigation";
import { requireCompanyMember } from "@/lib/auth/space-guards";

/** "Entreprise" in the header: the first company the user manages (by name). */
export default async function CompanySpaceHome() {
  const viewer = await requireCompanyMember();
  redirect(`/entreprise/${viewer.companies[0]!.companyId}`);
}
