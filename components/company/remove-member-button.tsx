"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
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

  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <Button variant="danger-outline" pending={busy} onClick={remove}>
            Confirmer le retrait de {member.name}
          </Button>
          <Button variant="link" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </>
      ) : (
        <Button variant="danger-outline" onClick={() => setConfirming(true)}>
          Retirer<span className="sr-only"> {member.name} de l&apos;entreprise</span>
        </Button>
      )}
      <p role="alert" className="text-sm text-red-800">
        {error ?? ""}
      </p>
    </div>
  );
}
