import { requireCompanyMember } from "@/lib/auth/space-guards";

/**
 * The Entreprise space: signed in and member of at least one company. The
 * shell and its navigation belong to /entreprise/[companyId] (they depend on
 * the company of the URL and on the habilitations held there).
 */
export default async function CompanySpaceLayout({ children }: { children: React.ReactNode }) {
  await requireCompanyMember();
  return children;
}
