import type { Metadata } from "next";
import { InviteMemberForm } from "@/components/company/invite-member-form";
import { MemberPermissionsForm } from "@/components/company/member-permissions-form";
import { PageHeader } from "@/components/ui/page-header";
import { RemoveMemberButton } from "@/components/company/remove-member-button";
import { PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";
import { getHabilitations } from "@/lib/companies/habilitations";
import { requireCompanyPage } from "@/lib/companies/page-guard";

export const metadata: Metadata = { title: "Habilitations" };

type Props = { params: Promise<{ companyId: string }> };

const PERMISSION_CHOICES = (Object.keys(PERMISSIONS) as Permission[]).map((key) => ({
  key,
  label: PERMISSIONS[key],
}));
const ROLE_CHOICES = (Object.keys(ROLES) as Role[]).map((key) => ({
  key,
  label: ROLES[key].label,
}));

export default async function HabilitationsPage({ params }: Props) {
  const { companyId } = await params;
  const { company } = await requireCompanyPage(companyId, "habilitations.manage");
  const members = await getHabilitations(company);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Habilitations" />
      <p className="text-sm text-ink-muted">
        Ce que chaque membre de {company.companyName} peut faire dans l&apos;espace entreprise. Un
        rôle accorde d&apos;un coup les habilitations qu&apos;il regroupe ; chaque changement est
        journalisé. L&apos;entreprise garde toujours au moins une personne habilitée à gérer les
        habilitations.
      </p>
      <InviteMemberForm
        companyId={company.companyId}
        permissions={PERMISSION_CHOICES}
        roles={ROLE_CHOICES}
      />
      <ul className="flex flex-col gap-4">
        {members.map((m) => (
          <li key={m.membershipId} className="flex flex-col gap-2">
            <MemberPermissionsForm
              companyId={company.companyId}
              member={m}
              permissions={PERMISSION_CHOICES}
              roles={ROLE_CHOICES}
            />
            <RemoveMemberButton companyId={company.companyId} member={m} />
          </li>
        ))}
      </ul>
    </div>
  );
}
