"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { requestCollaboratorAction } from "@/lib/companies/actions";
import { requestCollaboratorSchema, type RequestCollaboratorInput } from "@/lib/companies/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldError, fieldErrorProps } from "@/components/ui/field-error";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * "Rattacher un collaborateur": an existing participant's e-mail. They receive
 * a request and become a collaborator when they confirm it.
 */
export function RequestCollaboratorForm({ companyId }: { companyId: string }) {
  const { status, settle } = useActionForm({ failure: "Demande impossible.", refresh: false });
  const { register, handleSubmit, reset, setError, formState } = useForm<RequestCollaboratorInput>({
    resolver: zodResolver(requestCollaboratorSchema),
    defaultValues: { companyId, email: "" },
  });
  const { errors, isSubmitting } = formState;

  const onValid = async (values: RequestCollaboratorInput) => {
    const result = await requestCollaboratorAction(values);
    if (!result.ok && result.fieldErrors.email?.[0]) {
      setError("email", { message: result.fieldErrors.email[0] });
    }
    if (
      settle(
        result,
        () => `Demande envoyée à ${values.email} : le rattachement se fait à sa confirmation.`,
      )
    ) {
      reset({ companyId, email: "" });
    }
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(onValid)}
      aria-labelledby="attach-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="attach-title" className="text-lg font-semibold">
        Rattacher un collaborateur
      </h2>
      <p className="text-sm text-ink-muted">
        Pour une personne qui a déjà un compte participant : elle reçoit une demande par e-mail et
        devient collaborateur du cabinet quand elle la confirme.
      </p>
      <input type="hidden" {...register("companyId")} />
      <Field
        htmlFor="attach-email"
        label="Adresse e-mail du participant"
        className="flex flex-col gap-1 sm:w-96"
      >
        <input
          id="attach-email"
          type="email"
          autoComplete="off"
          {...fieldErrorProps("attach-email-error", errors.email)}
          className="rounded-md border border-slate-400 px-3 py-2"
          {...register("email")}
        />
        <FieldError id="attach-email-error" error={errors.email} />
      </Field>
      <Button type="submit" pending={isSubmitting} className="self-start">
        Envoyer la demande
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
