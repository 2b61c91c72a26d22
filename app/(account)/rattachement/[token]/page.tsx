import type { Metadata } from "next";
import { ConfirmCollaboratorButton } from "@/components/company/confirm-collaborator-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import {
  COLLABORATOR_REQUEST_REFUSALS,
  describeCollaboratorRequest,
} from "@/lib/companies/collaborator-links";
import { collaboratorJoinedMessage } from "@/lib/companies/labels";

export const metadata: Metadata = {
  title: "Rattachement à une entreprise",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

/** Where a company's request to attach a participant leads: signed in, the participant it was sent to. */
export default async function CollaboratorRequestPage({ params }: Props) {
  const { token } = await params;
  const viewer = await requireViewer();
  const request = await describeCollaboratorRequest(viewer, token);
  return (
    <article className="flex max-w-2xl flex-col gap-4">
      <PageHeader title="Rattachement à une entreprise" />
      {request.state === "valid" ? (
        <>
          <p>
            <strong>{request.companyName}</strong> vous propose de devenir son collaborateur. Le
            cabinet pourra vous inscrire à des sessions et verra les formations faites pendant votre
            rattachement (sessions, présences, attestations). Vos formations passées restent les
            vôtres.
          </p>
          {request.currentCompanyName ? (
            <p>
              Vous êtes aujourd&apos;hui rattaché à <strong>{request.currentCompanyName}</strong> :
              en confirmant, vous le quittez. Ce cabinet garde ce qu&apos;il a commandé, sans voir
              vos formations suivantes.
            </p>
          ) : null}
          <ConfirmCollaboratorButton token={token} companyName={request.companyName} />
        </>
      ) : request.state === "accepted" ? (
        <p role="status">{collaboratorJoinedMessage(request.companyName)}</p>
      ) : (
        <p role="alert">{COLLABORATOR_REQUEST_REFUSALS[request.state]}</p>
      )}
    </article>
  );
}
