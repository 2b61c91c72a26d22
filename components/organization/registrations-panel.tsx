"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decideRegistrationsAction } from "@/lib/organizations/actions";
import { RegistrationStatusBadge } from "@/components/sessions/registration-status-badge";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { RegistrationStatus } from "@/lib/db/generated/enums";
import { decideRegistrationsSchema } from "@/lib/organizations/schemas";

export type PanelRegistration = {
  id: string;
  status: RegistrationStatus;
  statusReason: string | null;
  participantName: string;
  email: string;
  companyName: string | null;
  positioning: { score: number; maxScore: number } | null;
};

/**
 * The session's registrations with their decisions: one by one (row buttons)
 * or in bulk (checkboxes). A refusal needs the reason typed above the table;
 * the outcome of each registration is read out in the status region.
 */
export function RegistrationsPanel({
  sessionId,
  registrations,
}: {
  sessionId: string;
  registrations: PanelRegistration[];
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const pendingIds = registrations.filter((r) => r.status === "PENDING").map((r) => r.id);

  const decide = (registrationIds: string[], decision: "confirm" | "refuse") => {
    setError(null);
    setReasonError(null);
    const input = { sessionId, registrationIds, decision, reason: reason || undefined };
    const parsed = decideRegistrationsSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.path[0] === "reason") setReasonError(issue.message);
      else setError(issue?.message ?? "Saisie invalide.");
      return;
    }
    startTransition(async () => {
      const result = await decideRegistrationsAction(parsed.data);
      if (!result.ok) {
        setError(result.fieldErrors.reason?.[0] ?? result.formError ?? "Action impossible.");
        return;
      }
      setMessages(result.data.map((o) => `${o.participantName} : ${o.message}`));
      setSelected([]);
      if (decision === "refuse") setReason("");
      router.refresh();
    });
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)));

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="refusal-reason" className="text-sm font-medium">
          Motif du refus (communiqué au participant)
        </label>
        <input
          id="refusal-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "refusal-reason-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2"
        />
        {reasonError ? (
          <p id="refusal-reason-error" className="text-sm text-red-800">
            {reasonError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          pending={pending}
          disabled={selected.length === 0}
          onClick={() => decide(selected, "confirm")}
        >
          Confirmer la sélection ({selected.length})
        </Button>
        <Button
          variant="danger-outline"
          pending={pending}
          disabled={selected.length === 0}
          onClick={() => decide(selected, "refuse")}
        >
          Refuser la sélection ({selected.length})
        </Button>
      </div>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        className={messages.length ? "rounded-md bg-slate-50 p-3 text-sm" : "sr-only"}
      >
        {messages.length ? (
          <ul className="list-disc pl-5">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {registrations.length === 0 ? (
        <p className="text-ink-muted">Aucune inscription pour cette session.</p>
      ) : (
        <ScrollRegion
          label="Inscriptions à la session"
          className="rounded-lg border border-slate-200 bg-white"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Inscriptions à la session</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label="Sélectionner toutes les inscriptions en attente"
                    checked={
                      pendingIds.length > 0 && pendingIds.every((id) => selected.includes(id))
                    }
                    disabled={pendingIds.length === 0}
                    onChange={(e) => setSelected(e.target.checked ? pendingIds : [])}
                  />
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Participant
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Statut
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Test de positionnement
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label={`Sélectionner ${r.participantName}`}
                      checked={selected.includes(r.id)}
                      disabled={r.status !== "PENDING"}
                      onChange={(e) => toggle(r.id, e.target.checked)}
                    />
                  </td>
                  <td className="px-3 py-2">
                    <span className="font-medium">{r.participantName}</span>
                    <span className="block break-all text-xs text-ink-muted">{r.email}</span>
                    {r.companyName ? (
                      <span className="block text-xs text-ink-muted">{r.companyName}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <RegistrationStatusBadge status={r.status} />
                    {r.statusReason ? (
                      <span className="block text-xs text-ink-muted">Motif : {r.statusReason}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {r.positioning ? `${r.positioning.score}/${r.positioning.maxScore}` : "—"}
                  </td>
                  <td className="px-3 py-2">
                    {r.status === "PENDING" ? (
                      <div className="flex flex-wrap gap-2">
                        <Button
                          size="xs"
                          pending={pending}
                          onClick={() => decide([r.id], "confirm")}
                          aria-label={`Confirmer l'inscription de ${r.participantName}`}
                        >
                          Confirmer
                        </Button>
                        <Button
                          size="xs"
                          variant="danger-outline"
                          pending={pending}
                          onClick={() => decide([r.id], "refuse")}
                          aria-label={`Refuser l'inscription de ${r.participantName}`}
                        >
                          Refuser
                        </Button>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
