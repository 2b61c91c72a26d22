import { Button } from "@/components/ui/button";
import type { Modality } from "@/lib/db/generated/enums";
import { MODALITY_LABELS } from "@/lib/format/labels";
import type { SessionListQuery } from "@/lib/sessions/list-query";

const FIELD = "flex min-w-0 flex-col gap-1 text-sm";
const CONTROL = "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

function SelectField({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className={FIELD}>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
  return (
    <form
      method="get"
      role="search"
      aria-label="Rechercher dans mes sessions"
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
    >
      <input type="hidden" name="vue" value={query.vue} />
      <div className={`${FIELD} lg:col-span-2`}>
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
          className={CONTROL}
        />
      </div>
      <SelectField
        name="organisme"
        label="Organisme"
        value={query.organisme}
        all="Tous"
        options={facets.organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField
        name="modalite"
        label="Modalité"
        value={query.modalite}
        all="Toutes"
        options={facets.modalities.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
      />
      <SelectField
        name="annee"
        label="Année"
        value={query.annee ? String(query.annee) : undefined}
        all="Toutes"
        options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit" native>
          Filtrer
        </Button>
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
