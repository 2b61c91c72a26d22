"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { removeMemberAction } from "@/lib/companies/actions";

/** "Retirer": two steps, so that a slip of the finger removes nobody. */
export function RemoveMemberButton({
  companyId,
  member,
}: {
  companyId: string;
  member: { membershipId: string; name: string };
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await removeMemberAction({ companyId, membershipId: member.membershipId });
      if (!result.ok) {
        setError(result.fieldErrors.membershipId?.[0] ?? result.formError ?? "Retrait impossible.");
        setConfirming(false);
        return;
      }
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const button =
    "rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <button type="button" className={button} disabled={busy} onClick={remove}>
            Confirmer le retrait de {member.name}
          </button>
          <button
            type="button"
            className="rounded-md px-3 py-1.5 text-sm underline"
            onClick={() => setConfirming(false)}
          >
            Annuler
          </button>
        </>
      ) : (
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          Retirer<span className="sr-only"> {member.name} de l&apos;entreprise</span>
        </button>
      )}
      <p role="alert" className="text-sm text-red-800">
        {error ?? ""}
      </p>
    </div>
  );
}
