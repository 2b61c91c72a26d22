"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ToneStatus } from "@/components/ui/form-status";
import { PermissionCheckboxes } from "./permission-checkboxes";
import { grantRoleAction, setMemberPermissionsAction } from "@/lib/companies/actions";
import type { Permission, Role } from "@/lib/auth/permissions";
import {
  setMemberPermissionsSchema,
  type SetMemberPermissionsInput,
} from "@/lib/companies/schemas";
import { Button } from "@/components/ui/button";

/**
 * One member's habilitations: tick and untick one by one then save, or grant a
 * role's bundle in one click. The server refuses to leave the company without
 * anyone able to manage habilitations, and says so here.
 */
export function MemberPermissionsForm({
  companyId,
  member,
  permissions,
  roles,
}: {
  companyId: string;
  member: { membershipId: string; name: string; isViewer: boolean; permissions: Permission[] };
  permissions: { key: Permission; label: string }[];
  roles: { key: Role; label: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { isSubmitting },
  } = useForm<SetMemberPermissionsInput>({
    resolver: zodResolver(setMemberPermissionsSchema),
    defaultValues: {
      companyId,
      membershipId: member.membershipId,
      permissions: member.permissions,
    },
  });
  const id = `member-${member.membershipId}`;

  const report = (
    result: Awaited<ReturnType<typeof setMemberPermissionsAction>>,
    okText: string,
  ) => {
    if (!result.ok) {
      setMessage({
        tone: "error",
        text:
          result.formError ?? result.fieldErrors.permissions?.[0] ?? "Enregistrement impossible.",
      });
      return false;
    }
    const { granted, revoked } = result.data;
    setMessage({
      tone: "ok",
      text:
        granted.length + revoked.length === 0
          ? "Aucun changement."
          : `${okText} (${granted.length} accordée(s), ${revoked.length} retirée(s)).`,
    });
    router.refresh();
    return true;
  };

  const onSubmit = async (values: SetMemberPermissionsInput) => {
    setMessage(null);
    const result = await setMemberPermissionsAction(values);
    if (!report(result, "Habilitations enregistrées")) reset();
  };

  const onRole = async (role: Role) => {
    setMessage(null);
    setBusy(true);
    try {
      const result = await grantRoleAction({ companyId, membershipId: member.membershipId, role });
      if (report(result, "Rôle accordé") && result.ok) {
        reset({
          companyId,
          membershipId: member.membershipId,
          permissions: [...new Set([...member.permissions, ...result.data.granted])],
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-labelledby={`${id}-name`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-name`} className="text-lg font-semibold">
        {member.name}
        {member.isViewer ? (
          <span className="text-sm font-normal text-ink-muted"> (vous)</span>
        ) : null}
      </h2>
      <input type="hidden" {...register("companyId")} />
      <input type="hidden" {...register("membershipId")} />
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">Habilitations de {member.name}</legend>
        <PermissionCheckboxes permissions={permissions} field={register("permissions")} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={isSubmitting || busy}>
          Enregistrer les habilitations de {member.name}
        </Button>
        {roles.map((r) => (
          <Button
            key={r.key}
            variant="secondary"
            disabled={isSubmitting || busy}
            onClick={() => onRole(r.key)}
          >
            Accorder le rôle {r.label}
            <span className="sr-only"> à {member.name}</span>
          </Button>
        ))}
      </div>
      <ToneStatus message={message} />
    </form>
  );
}
