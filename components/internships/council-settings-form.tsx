"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateCouncilSettingsAction } from "@/lib/internships/actions";
import { councilSettingsSchema, type CouncilSettingsInput } from "@/lib/internships/schemas";

type NumberField = Exclude<keyof CouncilSettingsInput, "councilId" | "customReports">;

const FIELDS: { name: NumberField; label: string; unit: string }[] = [
  {
    name: "annualSheetDelayDays",
    label: "Délai des fiches annuelles après chaque changement d'année",
    unit: "jours",
  },
  {
    name: "penaltyMonths",
    label: "Pénalité d'un document en retard ou non conforme",
    unit: "mois de stage",
  },
  { name: "trainingDaysTotal", label: "Journées de formation sur trois ans", unit: "jours" },
  { name: "elearningHoursTotal", label: "Heures d'e-learning sur trois ans", unit: "heures" },
  {
    name: "amlDayYear",
    label: "Année de la journée de lutte anti-blanchiment",
    unit: "année du stage",
  },
];

const REPORTS: NumberField[] = ["report1", "report2", "report3", "report4"];

/** The council's deadlines and penalties; every stage's due dates are computed from them. */
export function CouncilSettingsForm({ values }: { values: CouncilSettingsInput }) {
  const { status, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CouncilSettingsInput>({
    resolver: zodResolver(councilSettingsSchema),
    defaultValues: values,
  });
  const custom = useWatch({ control, name: "customReports" });
  const number = (name: NumberField, label: string, unit: string) => (
    <div key={name} className="flex flex-col gap-1">
      <label htmlFor={`conseil-${name}`} className="text-sm font-medium">
        {label} ({unit})
      </label>
      <input
        id={`conseil-${name}`}
        type="number"
        inputMode="numeric"
        step={1}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `conseil-${name}-error` : undefined}
        className="w-32 rounded-md border border-slate-400 px-3 py-2"
        {...register(name, { valueAsNumber: true })}
      />
      {errors[name] ? (
        <p id={`conseil-${name}-error`} className="text-sm text-red-800">
          {errors[name]?.message}
        </p>
      ) : null}
    </div>
  );
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (v) => void settle(await updateCouncilSettingsAction(v)))}
      className="flex flex-col gap-4"
    >
      <input type="hidden" {...register("councilId")} />
      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 font-semibold">Délais et pénalités</legend>
        {FIELDS.map((f) => number(f.name, f.label, f.unit))}
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 font-semibold">
          Échéances des rapports semestriels (stage de 3 ans)
        </legend>
        <div className="flex items-center gap-2">
          <input id="conseil-customReports" type="checkbox" {...register("customReports")} />
          <label htmlFor="conseil-customReports">
            Fixer les échéances (sinon : la fin de chaque semestre des années 2 et 3, soit 18, 24,
            30 et 36 mois après le début du stage)
          </label>
        </div>
        {custom ? (
          <div className="grid gap-3 sm:grid-cols-2">
            {REPORTS.map((name, i) =>
              number(name, `Rapport ${i + 1} : mois après le début du stage`, "mois"),
            )}
          </div>
        ) : null}
      </fieldset>
      <Button type="submit" pending={isSubmitting} size="md" className="self-start">
        Enregistrer les paramètres
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
