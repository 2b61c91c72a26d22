"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ToneStatus } from "@/components/ui/form-status";
import { PermissionCheckboxes } from "./permission-checkboxes";
import { inviteMemberAction } from "@/lib/companies/actions";
import type { Permission, Role } from "@/lib/auth/permissions";
import { inviteMemberSchema, type InviteMemberInput } from "@/lib/companies/schemas";

const input = "rounded-md border border-slate-400 px-3 py-1.5";

/**
 * "Inviter un membre": an e-mail, a name, and a role or chosen habilitations.
 * A new address receives the invitation to set a password; the space opens then.
 */
export function InviteMemberForm({
  companyId,
  permissions,
  roles,
}: {
  companyId: string;
  permissions: { key: Permission; label: string }[];
  roles: { key: Role; label: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { companyId, email: "", firstName: "", lastName: "", permissions: [] },
  });

  const onSubmit = async (values: InviteMemberInput) => {
    setMessage(null);
    const result = await inviteMemberAction(values);
    if (!result.ok) {
      for (const field of ["email", "firstName", "lastName", "role", "permissions"] as const) {
        const text = result.fieldErrors[field]?.[0];
        if (text) setError(field, { message: text });
      }
      setMessage({ tone: "error", text: result.formError ?? "Invitation impossible." });
      return;
    }
    setMessage({
      tone: "ok",
      text: result.data.invited
        ? `Invitation envoyée à ${values.email}.`
        : `${values.email} a désormais accès à l'espace entreprise.`,
    });
    reset({ companyId, email: "", firstName: "", lastName: "", permissions: [] });
    router.refresh();
  };

  const fieldError = (name: keyof InviteMemberInput) =>
    errors[name]?.message ? (
      <p id={`invite-${name}-error`} className="text-sm text-red-800">
        {String(errors[name]?.message)}
      </p>
    ) : null;
  const described = (name: keyof InviteMemberInput) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `invite-${name}-error` } : {};

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-labelledby="invite-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="invite-title" className="text-lg font-semibold">
        Inviter un membre
      </h2>
      <input type="hidden" {...register("companyId")} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field htmlFor="invite-email" label="Adresse e-mail">
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            className={input}
            {...described("email")}
            {...register("email")}
          />
          {fieldError("email")}
        </Field>
        <Field htmlFor="invite-firstName" label="Prénom">
          <input
            id="invite-firstName"
            className={input}
            {...described("firstName")}
            {...register("firstName")}
          />
          {fieldError("firstName")}
        </Field>
        <Field htmlFor="invite-lastName" label="Nom">
          <input
            id="invite-lastName"
            className={input}
            {...described("lastName")}
            {...register("lastName")}
          />
          {fieldError("lastName")}
        </Field>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-role" className="text-sm font-medium">
          Rôle
        </label>
        <select id="invite-role" className={`${input} sm:w-72`} {...register("role")}>
          <option value="">Aucun : habilitations choisies ci-dessous</option>
          {roles.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </select>
        {fieldError("role")}
      </div>
      <fieldset className="flex flex-col gap-1" {...described("permissions")}>
        <legend className="text-sm font-medium">Habilitations (en plus du rôle)</legend>
        <PermissionCheckboxes permissions={permissions} field={register("permissions")} />
        {fieldError("permissions")}
      </fieldset>
      <div>
        <Button type="submit" pending={isSubmitting}>
          Inviter
        </Button>
      </div>
      <ToneStatus message={message} />
    </form>
  );
}
