"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorProps } from "@/components/ui/field-error";
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
      <Field htmlFor="reassign-controller" label="Nouveau contrôleur de stage">
        <select
          id="reassign-controller"
          {...fieldErrorProps("reassign-controller-error", errors.controllerId)}
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
        <FieldError id="reassign-controller-error" error={errors.controllerId} />
      </Field>
      <Button type="submit" pending={isSubmitting} className="self-start">
        Confier ce stagiaire
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
