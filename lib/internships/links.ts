import type { Obligation } from "./obligations";

/** The stagiaire's page for an obligation (reports and sheets have one). */
export function stagiaireObligationLink(o: Obligation): string | null {
  switch (o.kind) {
    case "report":
      return `/stage/rapports/${o.key.slice("report-".length)}`;
    case "interview":
      return "/stage/entretien";
    case "activity-sheet":
      return `/stage/fiches-activites/${o.year}`;
    case "training-sheet":
    case "training-days":
    case "elearning-hours":
    case "aml-day":
      return `/stage/formations#formations-annee-${o.year}`;
  }
}
