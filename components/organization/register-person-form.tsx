"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { registerByEmailAction } from "@/lib/organizations/actions";
import { registerByEmailSchema, type RegisterByEmailInput } from "@/lib/organizations/schemas";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Inscrire une personne par e-mail": opens the account when the e-mail has none (guide rule 1). */
export function RegisterPersonForm({ sessionId }: { sessionId: string }) {
  const { status, settle } = useActionForm({ failure: "Inscription impossible." });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegisterByEmailInput>({
    resolver: zodResolver(registerByEmailSchema),
    defaultValues: { sessionId, email: "", firstName: "", lastName: "" },
  });

  const onValid = async (values: RegisterByEmailInput) => {
    if (settle(await registerByEmailAction(values))) {
      reset({ sessionId, email: "", firstName: "", lastName: "" });
    }
  };

  const input = (name: "email" | "firstName" | "lastName", label: string, type = "text") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`register-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={`register-${name}`}
        type={type}
        autoComplete="off"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `register-${name}-error` : undefined}
        className="rounded-md border border-slate-400 px-3 py-2"
        {...register(name)}
      />
      {errors[name] ? (
        <p id={`register-${name}-error`} className="text-sm text-red-800">
          {errors[name]?.message}
        </p>
      ) : null}
    </div>
  );

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-3">
      <input type="hidden" {...register("sessionId")} />
      <div className="grid gap-3 sm:grid-cols-3">
        {input("email", "Adresse e-mail du participant", "email")}
        {input("firstName", "Prénom")}
        {input("lastName", "Nom")}
      </div>
      <Button type="submit" pending={isSubmitting} className="self-start">
        Inscrire
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
