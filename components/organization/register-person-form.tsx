"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { registerByEmailAction } from "@/lib/organizations/actions";
import { registerByEmailSchema, type RegisterByEmailInput } from "@/lib/organizations/schemas";

/** "Inscrire une personne par e-mail": opens the account when the e-mail has none (guide rule 1). */
export function RegisterPersonForm({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
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
    const result = await registerByEmailAction(values);
    if (!result.ok) {
      setStatus({
        ok: false,
        text:
          Object.values(result.fieldErrors)[0]?.[0] ??
          result.formError ??
          "Inscription impossible.",
      });
      return;
    }
    setStatus({ ok: true, text: result.data });
    reset({ sessionId, email: "", firstName: "", lastName: "" });
    router.refresh();
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
      <button
        type="submit"
        disabled={isSubmitting}
        className="self-start rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Inscrire
      </button>
      <p
        role="status"
        className={
          status ? (status.ok ? "text-sm text-green-800" : "text-sm text-red-800") : "sr-only"
        }
      >
        {status?.text ?? ""}
      </p>
    </form>
  );
}
