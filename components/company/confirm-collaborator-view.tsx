"use client";

import { useState } from "react";
import { confirmCollaboratorAction } from "@/lib/companies/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * The participant's answer to a company's request. Opening the page changes
 * nothing (mail scanners open links); the button does.
 */
export function ConfirmCollaboratorButton({
  token,
  companyName,
}: {
  token: string;
  companyName: string;
}) {
  const [done, setDone] = useState(false);
  const { status, pending, run } = useActionForm({ failure: "Confirmation impossible." });
  return (
    <div className="flex flex-col gap-2">
      {done ? null : (
        <Button
          variant="primary"
          size="md"
          pending={pending}
          className="self-start"
          onClick={() =>
            run(
              () => confirmCollaboratorAction({ token }),
              (data) => {
                setDone(true);
                return `C'est fait : vous êtes collaborateur de ${data.companyName}.`;
              },
            )
          }
        >
          Confirmer mon rattachement à {companyName}
        </Button>
      )}
      <FormStatus status={status} />
    </div>
  );
}
