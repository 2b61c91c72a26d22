"use client";

import { confirmCollaboratorAction } from "@/lib/companies/actions";
import { collaboratorJoinedMessage } from "@/lib/companies/labels";
import { ActionButton } from "@/components/ui/action-button";

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
  return (
    <div className="flex flex-col gap-2">
      <ActionButton
        action={() => confirmCollaboratorAction({ token })}
        success={(data) => collaboratorJoinedMessage(data.companyName)}
        failure="Confirmation impossible."
        once
      >
        Confirmer mon rattachement à {companyName}
      </ActionButton>
    </div>
  );
}
