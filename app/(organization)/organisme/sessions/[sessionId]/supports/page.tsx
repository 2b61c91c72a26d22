import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MaterialUploadForm } from "@/components/organization/material-upload-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrganizationStaff } from "@/lib/auth/space-guards";
import { formatDate } from "@/lib/dates/paris";
import { listStaffMaterials } from "@/lib/organizations/materials";

export const metadata: Metadata = { title: "Supports pédagogiques" };

const PHASES = { BEFORE: "Avant", DURING: "Pendant", AFTER: "Après" } as const;

type Props = { params: Promise<{ sessionId: string }> };

export default async function StaffMaterialsPage({ params }: Props) {
  const viewer = await requireOrganizationStaff();
  const { sessionId } = await params;
  const materials = await listStaffMaterials(viewer, sessionId);
  if (!materials) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Supports pédagogiques"
        back={{ href: `/organisme/sessions/${sessionId}`, label: "Retour à la session" }}
      />
      {materials.length === 0 ? <p className="text-ink-muted">Aucun support publié.</p> : null}
      <ul className="flex flex-col gap-4">
        {materials.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-semibold">
              <a
                href={`/organisme/sessions/${sessionId}/supports/${m.id}`}
                className="text-brand-800 underline"
              >
                {m.title}
              </a>{" "}
              <span className="text-sm font-normal text-ink-muted">
                · {m.type} · V{m.version} du {formatDate(m.updatedAt)} · {PHASES[m.phase]} la
                formation
                {m.availableUntil
                  ? ` · jusqu'au ${formatDate(m.availableUntil)}`
                  : m.availableForDays
                    ? ` · ${m.availableForDays} jours`
                    : ""}
              </span>
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium">
                Publier une nouvelle version
              </summary>
              <div className="mt-2">
                <MaterialUploadForm sessionId={sessionId} materialId={m.id} title={m.title} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="publish-title" className="flex flex-col gap-3">
        <h2 id="publish-title" className="text-lg font-semibold">
          Publier un support
        </h2>
        <MaterialUploadForm sessionId={sessionId} />
      </section>
    </div>
  );
}
