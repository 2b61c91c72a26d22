import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/dates/paris";
import type { SessionDetails } from "@/lib/sessions/details";

/** "Supports": only the materials whose availability window is open now. */
export function MaterialsTable({
  registrationId,
  materials,
}: {
  registrationId: string;
  materials: SessionDetails["materials"];
}) {
  return (
    <DataTable
      caption="Supports pédagogiques"
      rows={materials}
      rowKey={(m) => m.id}
      empty="Aucun support disponible pour le moment."
      columns={[
        {
          header: "Télécharger",
          cell: (m) => (
            <a
              href={`/sessions/${registrationId}/supports/${m.id}`}
              className="font-medium text-brand-800 underline"
            >
              Ouvrir<span className="sr-only"> {m.title}</span>
            </a>
          ),
        },
        { header: "Titre", cell: (m) => m.title },
        { header: "Type", cell: (m) => m.type },
        { header: "V", cell: (m) => `V${m.version}` },
        { header: "Mis à jour le", cell: (m) => formatDate(m.updatedAt) },
        {
          header: "Disponible jusqu'au",
          cell: (m) => (m.availableUntil ? formatDate(m.availableUntil) : "Sans limite"),
        },
      ]}
    />
  );
}
