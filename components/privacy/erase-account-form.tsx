"use client";

import { signOut } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { eraseMyAccountAction } from "@/lib/privacy/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { EraseAccountInput } from "@/lib/privacy/schemas";
import { ERASURE_CONFIRMATION_WORD } from "@/lib/privacy/erasure-word";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorProps } from "@/components/ui/field-error";

// The schema (and zod) load after the page, see lazyZodResolver.
const resolver = lazyZodResolver<EraseAccountInput>(
  async () => (await import("@/lib/privacy/schemas")).eraseAccountSchema,
);

/**
 * Erasure cannot be undone: the person types their e-mail and the word before the button acts.
 * Once done, the server has already ended every session; signing out here
 * clears the cookie and lands on /connexion with the confirmation.
 */
export function EraseAccountForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [erased, setErased] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EraseAccountInput>({
    resolver,
    defaultValues: { email: "", confirmation: "" },
  });

  useEffect(() => {
    void resolver.preload();
  }, []);

  const onSubmit = async (values: EraseAccountInput) => {
    setFormError(null);
    const result = await eraseMyAccountAction(values);
    if (!result.ok) {
      const emailError = result.fieldErrors.email?.[0];
      const confirmationError = result.fieldErrors.confirmation?.[0];
      if (emailError) setError("email", { message: emailError });
      if (confirmationError) setError("confirmation", { message: confirmationError });
      if (!emailError && !confirmationError)
        setFormError(result.formError ?? "Suppression impossible.");
      return;
    }
    setErased(true);
    await signOut({ callbackUrl: "/connexion?compte=anonymise" });
  };

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="flex flex-col gap-2 rounded-md border border-red-700 bg-white p-4"
    >
      <label htmlFor="erase-email" className="font-medium">
        Adresse e-mail de votre compte
      </label>
      <input
        id="erase-email"
        type="email"
        autoComplete="off"
        {...fieldErrorProps("erase-email-error", errors.email)}
        className="max-w-md rounded-md border border-slate-400 px-3 py-2"
        {...register("email")}
      />
      <FieldError id="erase-email-error" error={errors.email} />
      <label htmlFor="erase-confirmation" className="font-medium">
        Pour confirmer, saisissez {ERASURE_CONFIRMATION_WORD}
      </label>
      <input
        id="erase-confirmation"
        autoComplete="off"
        {...fieldErrorProps("erase-confirmation-error", errors.confirmation)}
        className="max-w-xs rounded-md border border-slate-400 px-3 py-2"
        {...register("confirmation")}
      />
      <FieldError id="erase-confirmation-error" error={errors.confirmation} />
      <Button
        variant="danger"
        type="submit"
        disabled={isSubmitting || erased}
        className="self-start"
      >
        Supprimer définitivement mes données
      </Button>
      <p role="alert" className="text-sm text-red-800">
        {formError}
      </p>
    </form>
  );
}
