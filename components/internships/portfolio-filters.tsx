import { buttonClass } from "@/components/ui/button";
import type { PortfolioQuery } from "@/lib/internships/portfolio";
import type { CouncilController } from "@/lib/internships/reassign";

/**
 * Filters of the portfolio as a plain GET form: they live in the address,
 * shareable. The council's view adds its contrôleurs.
 */
export function PortfolioFilters({
  filter,
  controllers,
}: {
  filter: PortfolioQuery;
  controllers?: CouncilController[];
}) {
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="portefeuille-q" className="text-sm font-medium">
          Rechercher un stagiaire
        </label>
        <input
          id="portefeuille-q"
          name="q"
          type="search"
          defaultValue={filter.search}
          maxLength={100}
          className="rounded-md border border-slate-400 px-2 py-1"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="portefeuille-filtre" className="text-sm font-medium">
          Afficher
        </label>
        <select
          id="portefeuille-filtre"
          name="filtre"
          defaultValue={
            filter.show === "late" ? "retard" : filter.show === "waiting" ? "attente" : ""
          }
          className="rounded-md border border-slate-400 px-2 py-1"
        >
          <option value="">Tous les stagiaires</option>
          <option value="retard">En retard</option>
          <option value="attente">En attente de moi</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="portefeuille-annee" className="text-sm font-medium">
          Année du stage
        </label>
        <select
          id="portefeuille-annee"
          name="annee"
          defaultValue={filter.year ? String(filter.year) : ""}
          className="rounded-md border border-slate-400 px-2 py-1"
        >
          <option value="">Toutes</option>
          <option value="1">Année 1</option>
          <option value="2">Année 2</option>
          <option value="3">Année 3</option>
        </select>
      </div>
      {controllers ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="portefeuille-controleur" className="text-sm font-medium">
            Contrôleur
          </label>
          <select
            id="portefeuille-controleur"
            name="controleur"
            defaultValue={filter.controllerId ?? ""}
            className="rounded-md border border-slate-400 px-2 py-1"
          >
            <option value="">Tous les contrôleurs</option>
            {controllers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.firstName} {c.lastName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className={buttonClass("primary", "sm")}>
        Filtrer
      </button>
    </form>
  );
}
