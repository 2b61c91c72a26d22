"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { resetRequestSchema, type ResetRequestInput } from "@/lib/accounts/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldError, fieldErrorProps } from "@/components/ui/field-error";
import { FormMessage } from "@/components/ui/form-status";

export function ResetRequestForm() {
  const [done, setDone] = useState<string | null>(null);
  // Refused (too many requests): said as an alert, not as the green confirmation.
  const [refused, setRefused] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ResetRequestInput>({
    resolver: zodResolver(resetRequestSchema),
    defaultValues: { email: "" },
  });

  const onValid = async (values: ResetRequestInput) => {
    const result = await requestPasswordResetAction(values);
    setDone(result.ok ? result.data : null);
    setRefused(result.ok ? null : (result.formError ?? null));
  };

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-4">
      <FormMessage tone="success">{done}</FormMessage>
      <FormMessage tone="error">{refused}</FormMessage>
      <Field htmlFor="reset-email" label="Adresse e-mail">
        <input
          id="reset-email"
          type="email"
          autoComplete="username"
          className="rounded-md border border-slate-400 px-3 py-2"
          {...fieldErrorProps("reset-email-error", errors.email)}
          {...register("email")}
        />
        <FieldError id="reset-email-error" error={errors.email} />
      </Field>
      <Button size="md" type="submit" pending={isSubmitting}>
        Recevoir un lien de réinitialisation
      </Button>
    </form>
  );
}
