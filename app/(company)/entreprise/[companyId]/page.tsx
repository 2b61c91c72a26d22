import type { Metadata } from "next";
import Link from "next/link";
import { companySections } from "@/lib/companies/navigation";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Espace entreprise" };

type Props = { params: Promise<{ companyId: string }> };

export default async function CompanyHomePage({ params }: Props) {
  const { companyId } = await params;
  const { company } = await requireCompanyPage(companyId);
  const sections = companySections(company.companyId, company.permissions);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={company.companyName} />
      {sections.length === 0 ? (
        <p>
          Vous n&apos;avez encore aucune habilitation dans cette entreprise : demandez-en à la
          personne qui les gère.
        </p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {sections.map((s) => (
            <li key={s.href} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={s.href} className="font-semibold text-brand-800 underline">
                {s.label}
              </Link>
              <p className="mt-1 text-sm text-ink-muted">{s.description}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
