import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/dates/paris";
import { formatHours } from "@/lib/format/duration";
import { DUTY } from "@/lib/sessions/duty";
import { MODALITY_LABELS } from "@/lib/format/labels";
import type { TrainingRecord } from "@/lib/sessions/training-record";

function Meter({
  id,
  label,
  value,
  max,
}: {
  id: string;
  label: string;
  value: number;
  max: number;
}) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between gap-2 text-sm">
        <span id={id}>{label}</span>
        <span>
          {formatHours(value)} / {formatHours(max)}
        </span>
      </div>
      <progress
        aria-labelledby={id}
        className="h-2 w-full accent-brand-700"
        max={max}
        value={Math.min(value, max)}
      />
    </div>
  );
}

export function TrainingRecordView({ record }: { record: TrainingRecord }) {
  const { duty } = record;
  return (
    <div className="flex flex-col gap-6">
      {record.hasDuty ? (
        <section
          aria-labelledby="obligation-title"
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="obligation-title" className="text-lg font-semibold">
            Obligation de formation continue
          </h2>
          <p className="text-sm">
            120 heures sur trois années glissantes, dont au moins 20 heures chaque année.
          </p>
          <Meter
            id="duty-three-years"
            label={`Trois ans (${duty.years[0]?.year}-${duty.years[2]?.year})`}
            value={duty.threeYearMinutes}
            max={DUTY.threeYearMinutes}
          />
          {duty.years.map((y) => (
            <Meter
              key={y.year}
              id={`duty-${y.year}`}
              label={`Année ${y.year}${y.meetsYearly ? "" : " (minimum annuel non atteint)"}`}
              value={y.minutes}
              max={DUTY.yearlyMinutes}
            />
          ))}
          <p
            role="status"
            className={`text-sm font-medium ${duty.meetsThreeYears ? "text-green-800" : "text-amber-900"}`}
          >
            {duty.meetsThreeYears
              ? "Vous remplissez l'obligation sur les trois dernières années."
              : `Il vous manque ${formatHours(duty.missingMinutes)} sur les trois dernières années.`}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="heures-title" className="flex flex-col gap-2">
        <h2 id="heures-title" className="text-lg font-semibold">
          Heures par année
        </h2>
        <DataTable
          caption="Heures de formation par année civile"
          rows={record.minutesByYear}
          rowKey={(y) => String(y.year)}
          empty="Aucune formation terminée."
          columns={[
            { header: "Année", cell: (y) => y.year },
            { header: "Heures", cell: (y) => formatHours(y.minutes), align: "right" },
          ]}
        />
      </section>
      <section aria-labelledby="formations-title" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="formations-title" className="text-lg font-semibold">
            Formations suivies
          </h2>
          <a
            href="/parcours/export"
            className="text-sm font-medium text-brand-800 underline"
            download
          >
            Exporter en CSV
          </a>
        </div>
        <DataTable
          caption="Détail des formations suivies"
          rows={record.lines}
          rowKey={(l) => l.registrationId}
          empty="Aucune formation terminée."
          columns={[
            { header: "Fin", cell: (l) => formatDate(l.endedAt) },
            { header: "Formation", cell: (l) => l.title },
            { header: "Organisme", cell: (l) => l.organizationName },
            { header: "Modalité", cell: (l) => MODALITY_LABELS[l.modality] },
            { header: "Durée", cell: (l) => formatHours(l.durationMinutes), align: "right" },
            { header: "Attestation", cell: (l) => l.certificateNumber ?? "—" },
          ]}
        />
      </section>
    </div>
  );
}
