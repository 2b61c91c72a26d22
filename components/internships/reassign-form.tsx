"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { reassignInternshipAction } from "@/lib/internships/actions";
import type { CouncilController } from "@/lib/internships/reassign";
import { reassignSchema, type ReassignInput } from "@/lib/internships/schemas";

/** "Confier à un autre contrôleur": the council's contrôleurs adjoints but today's. */
export function ReassignForm({
  internshipId,
  controllers,
  currentControllerId,
}: {
  internshipId: string;
  controllers: CouncilController[];
  currentControllerId: string | null;
}) {
  const { status, settle } = useActionForm({ failure: "Réattribution impossible." });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReassignInput>({
    resolver: zodResolver(reassignSchema),
    defaultValues: { internshipId, controllerId: "" },
  });
  const onValid = async (values: ReassignInput) => {
    const result = await reassignInternshipAction(values);
    const message = !result.ok ? result.fieldErrors.controllerId?.[0] : undefined;
    if (message) setError("controllerId", { message });
    settle(result);
  };
  const others = controllers.filter((c) => c.id !== currentControllerId);
  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-3">
      <input type="hidden" {...register("internshipId")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="reassign-controller" className="text-sm font-medium">
          Nouveau contrôleur de stage
        </label>
        <select
          id="reassign-controller"
          aria-invalid={errors.controllerId ? true : undefined}
          aria-describedby={errors.controllerId ? "reassign-controller-error" : undefined}
          className="max-w-sm rounded-md border border-slate-400 px-3 py-2"
          {...register("controllerId")}
        >
          <option value="">Choisir un contrôleur</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.firstName} {c.lastName}
            </option>
          ))}
        </select>
        {errors.controllerId ? (
          <p id="reassign-controller-error" className="text-sm text-red-800">
            {errors.controllerId.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" pending={isSubmitting} className="self-start">
        Confier ce stagiaire
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
