import { DataTable } from "@/components/ui/data-table";
import { formatCalendarDay, formatHour } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import type { SessionDetails } from "@/lib/sessions/details";

export function ProgrammeTable({ programme }: { programme: SessionDetails["programme"] }) {
  return (
    <DataTable
      caption="Programme de la session"
      rows={programme}
      rowKey={(slot) => slot.id}
      empty="Le programme n'est pas encore publié."
      columns={[
        { header: "Date", cell: (slot) => formatCalendarDay(slot.date) },
        {
          header: "Horaires",
          cell: (slot) => `${formatHour(slot.startsAt)} - ${formatHour(slot.endsAt)}`,
        },
        {
          header: "Contenu",
          cell: (slot) => `(${formatHours(slot.durationMinutes)}) ${slot.title}`,
        },
        { header: "Organisateur", cell: (slot) => slot.organizer },
      ]}
    />
  );
}
