import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegisterCollaboratorsForm } from "@/components/company/register-collaborators-form";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireCompanyPage } from "@/lib/companies/page-guard";
import { getRegistrationForm } from "@/lib/companies/registrations";
import { formatCents } from "@/lib/format/money";
import { formatDuration } from "@/lib/format/duration";
import { MODALITY_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Inscrire à une session" };

type Props = { params: Promise<{ companyId: string; sessionId: string }> };

export default async function RegisterToSessionPage({ params }: Props) {
  const { companyId, sessionId } = await params;
  const { viewer, company } = await requireCompanyPage(companyId, "registrations.create");
  const form = await getRegistrationForm(company, sessionId);
  if (!form) notFound();
  const { session } = form;
  const base = `/entreprise/${company.companyId}`;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        items={[{ href: `${base}/inscriptions`, label: "Inscrire" }, { label: session.title }]}
      />
      <section aria-labelledby="session-title" className="flex flex-col gap-2">
        <PageHeader
          title={session.title}
          titleId="session-title"
          badge={<Badge tone="brand">{MODALITY_LABELS[session.modality]}</Badge>}
        />
        <dl className="grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm text-ink-muted sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-ink">Réf :</dt>
          <dd>{session.reference}</dd>
          <dt className="font-medium text-ink">Organisme :</dt>
          <dd>{session.organizationName}</dd>
          <dt className="font-medium text-ink">Dates :</dt>
          <dd>{session.dates.join(", ") || "—"}</dd>
          <dt className="font-medium text-ink">Lieu :</dt>
          <dd>{session.place}</dd>
          <dt className="font-medium text-ink">Durée :</dt>
          <dd>{formatDuration(session.durationMinutes, session.durationDays)}</dd>
          <dt className="font-medium text-ink">Prix par participant :</dt>
          <dd>{formatCents(session.priceExclVatCents)} HT</dd>
          <dt className="font-medium text-ink">Places restantes :</dt>
          <dd>{session.seatsLeft === null ? "Sans limite" : session.seatsLeft}</dd>
        </dl>
      </section>
      {session.closedReason ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {session.closedReason}
        </p>
      ) : (
        <RegisterCollaboratorsForm
          companyId={company.companyId}
          sessionId={session.id}
          collaborators={form.collaborators}
          ordersHref={can(viewer, "orders.view", company.companyId) ? `${base}/commandes` : null}
        />
      )}
    </div>
  );
}
