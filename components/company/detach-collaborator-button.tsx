"use client";

import { useState } from "react";
import { detachCollaboratorAction } from "@/lib/companies/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * "Détacher" a collaborator who leaves: two steps, so that a slip of the
 * finger detaches nobody. The person keeps their account and history; the
 * company keeps its orders and invoices, not their next trainings.
 */
export function DetachCollaboratorButton({
  companyId,
  collaborator,
}: {
  companyId: string;
  collaborator: { participantId: string; name: string };
}) {
  const [confirming, setConfirming] = useState(false);
  const { status, pending, run } = useActionForm({ failure: "Détachement impossible." });
  const detach = () =>
    run(() => detachCollaboratorAction({ companyId, participantId: collaborator.participantId }));
  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <Button variant="danger-outline" pending={pending} onClick={detach}>
            Confirmer le départ de {collaborator.name}
          </Button>
          <Button variant="quiet" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </>
      ) : (
        <Button variant="danger-outline" size="xs" onClick={() => setConfirming(true)}>
          Détacher<span className="sr-only"> {collaborator.name}</span>
        </Button>
      )}
      <FormStatus status={status} />
    </div>
  );
}
