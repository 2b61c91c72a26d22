"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/accounts/actions";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/accounts/schemas";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-status";

/**
 * Choosing a password from an invitation or a reset link; on success the
 * person is signed in with it (or sent to /connexion if that fails).
 */
export function SetPasswordForm({
  token,
  purpose,
}: {
  token: string;
  purpose: "invitation" | "reset";
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmation: "" },
  });

  const onValid = async (values: SetPasswordInput) => {
    setFormError(null);
    const action = purpose === "invitation" ? acceptInvitationAction : resetPasswordAction;
    const result = await action(values);
    if (!result.ok) {
      for (const field of ["password", "confirmation"] as const) {
        const message = result.fieldErrors[field]?.[0];
        if (message) setError(field, { message });
      }
      setFormError(result.formError ?? null);
      return;
    }
    const signedIn = await signIn("credentials", {
      email: result.data.email,
      password: values.password,
      redirect: false,
    });
    // A full navigation, so the first page is rendered with the new session cookie.
    window.location.assign(signedIn?.ok && !signedIn.error ? "/" : "/connexion");
  };

  const field = (name: "password" | "confirmation", label: string, hint?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        type="password"
        autoComplete="new-password"
        className="rounded-md border border-slate-400 px-3 py-2"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
        {...register(name)}
      />
      {errors[name] ? (
        <p id={`${name}-error`} className="text-sm text-red-800">
          {errors[name]?.message}
        </p>
      ) : null}
    </div>
  );

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-4">
      <FormMessage tone="error">{formError}</FormMessage>
      <input type="hidden" {...register("token")} />
      {field(
        "password",
        "Nouveau mot de passe",
        "12 caractères au moins. Une phrase facile à retenir convient très bien.",
      )}
      {field("confirmation", "Confirmez le mot de passe")}
      <Button size="md" type="submit" pending={isSubmitting}>
        {isSubmitting ? "Enregistrement…" : "Enregistrer mon mot de passe"}
      </Button>
    </form>
  );
}
