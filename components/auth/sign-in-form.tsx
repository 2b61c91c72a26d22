"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SIGN_IN_FAILED, signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { retryAfterOfSignInError, tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-status";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const [error, setError] = useState<string | null>(null);
  const failed = error !== null;
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  // Whatever was wrong (empty, malformed, unknown, wrong password), one message:
  // telling which field failed would let anyone probe for accounts. Only a
  // block (too many failures, for any e-mail, known or not) says something else.
  const onValid = async (values: SignInInput) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error || !result.ok) {
      const wait = retryAfterOfSignInError(result?.error);
      setError(wait === null ? SIGN_IN_FAILED : tooManyAttemptsMessage(wait));
      return;
    }
    // A full navigation, so the first page is rendered with the new session cookie.
    window.location.assign(returnPath);
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(onValid, () => setError(SIGN_IN_FAILED))}
      className="flex flex-col gap-4"
      aria-describedby={failed ? "sign-in-error" : undefined}
    >
      <FormMessage tone="error" id="sign-in-error">
        {error}
      </FormMessage>
      <Field htmlFor="email" label="Adresse e-mail">
        <input
          id="email"
          type="email"
          autoComplete="username"
          className="rounded-md border border-slate-400 px-3 py-2"
          aria-invalid={failed || undefined}
          {...register("email")}
        />
      </Field>
      <Field htmlFor="password" label="Mot de passe">
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className="rounded-md border border-slate-400 px-3 py-2"
          aria-invalid={failed || undefined}
          {...register("password")}
        />
      </Field>
      <Button size="md" type="submit" pending={isSubmitting}>
        {isSubmitting ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
