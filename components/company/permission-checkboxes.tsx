import type { UseFormRegisterReturn } from "react-hook-form";
import type { Permission } from "@/lib/auth/permissions";

/** One checkbox per habilitation, in two columns from 640px: the invitation's and a member's. */
export function PermissionCheckboxes({
  permissions,
  field,
}: {
  permissions: { key: Permission; label: string }[];
  field: UseFormRegisterReturn;
}) {
  return (
    <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
      {permissions.map((p) => (
        <li key={p.key}>
          <label className="flex items-start gap-2">
            <input type="checkbox" value={p.key} className="mt-1 h-4 w-4" {...field} />
            <span>{p.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
