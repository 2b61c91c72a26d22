import { buttonClass } from "@/components/ui/button-link";
import type { Modality } from "@/lib/db/generated/enums";
import { MODALITY_LABELS } from "@/lib/sessions/labels";
import type { SessionListQuery } from "@/lib/sessions/list-query";

/** A plain GET form: filters live in the URL, work without JavaScript, and can be shared. */
export function SessionFilters({
  query,
  facets,
}: {
  query: SessionListQuery;
  facets: {
    organizations: { id: string; name: string }[];
    years: number[];
    modalities: Modality[];
  };
}) {
  const field = "flex min-w-0 flex-col gap-1 text-sm";
  const control = "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";
  return (
    <form
      method="get"
      role="search"
      aria-label="Rechercher dans mes sessions"
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
    >
      <input type="hidden" name="vue" value={query.vue} />
      <div className={`${field} lg:col-span-2`}>
        <label htmlFor="q" className="font-medium">
          Rechercher
        </label>
        <input
          id="q"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={query.q ?? ""}
          placeholder="Titre, référence, organisateur"
          className={control}
        />
      </div>
      <div className={field}>
        <label htmlFor="organisme" className="font-medium">
          Organisme
        </label>
        <select
          id="organisme"
          name="organisme"
          defaultValue={query.organisme ?? ""}
          className={control}
        >
          <option value="">Tous</option>
          {facets.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="modalite" className="font-medium">
          Modalité
        </label>
        <select
          id="modalite"
          name="modalite"
          defaultValue={query.modalite ?? ""}
          className={control}
        >
          <option value="">Toutes</option>
          {facets.modalities.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="annee" className="font-medium">
          Année
        </label>
        <select
          id="annee"
          name="annee"
          defaultValue={query.annee ? String(query.annee) : ""}
          className={control}
        >
          <option value="">Toutes</option>
          {facets.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={buttonClass("primary")}>
          Filtrer
        </button>
        <a
          href={`/sessions${query.vue === "terminees" ? "?vue=terminees" : ""}`}
          className="text-sm underline"
        >
          Effacer les filtres
        </a>
      </div>
    </form>
  );
}
