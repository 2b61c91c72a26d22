import { formatDate } from "@/lib/dates/paris";
import type { StaffMaterial } from "@/lib/organizations/materials";
import { MaterialUploadForm } from "./material-upload-form";

const PHASES = { BEFORE: "Avant", DURING: "Pendant", AFTER: "Après" } as const;

/**
 * A session's "Supports" as those who publish them see them: each material
 * with its current version and availability window, a new version of it, and
 * a new material. The Organisme space and the Espace formateur show this same
 * panel; `basePath` is theirs (…/supports), under which the file and the
 * upload handler live.
 */
export function SessionMaterialsPanel({
  materials,
  basePath,
}: {
  materials: StaffMaterial[];
  basePath: string;
}) {
  const uploadUrl = `${basePath}/televersement`;
  return (
    <>
      {materials.length === 0 ? <p className="text-ink-muted">Aucun support publié.</p> : null}
      <ul className="flex flex-col gap-4">
        {materials.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-semibold">
              <a href={`${basePath}/${m.id}`} className="text-brand-800 underline">
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
                <MaterialUploadForm uploadUrl={uploadUrl} materialId={m.id} title={m.title} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="publish-title" className="flex flex-col gap-3">
        <h2 id="publish-title" className="text-lg font-semibold">
          Publier un support
        </h2>
        <MaterialUploadForm uploadUrl={uploadUrl} />
      </section>
    </>
  );
}
