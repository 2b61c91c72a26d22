"use client";

import { useState, useTransition } from "react";
import { recordAttendanceAction } from "@/lib/organizations/actions";
import { ATTENDANCE_LABELS } from "@/lib/attendance/labels";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import { ATTENDANCE_CHOICES } from "@/lib/organizations/schemas";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

const LABELS = ATTENDANCE_LABELS;

/** Émargement of one sitting: one radio group per confirmed participant. */
export function AttendanceForm({
  sessionId,
  slot,
  participants,
}: {
  sessionId: string;
  slot: { id: string; label: string };
  participants: { registrationId: string; name: string; status: AttendanceStatus | null }[];
}) {
  const [marks, setMarks] = useState<Record<string, AttendanceStatus | null>>(
    Object.fromEntries(participants.map((p) => [p.registrationId, p.status])),
  );
  const { status, setStatus, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const list = Object.entries(marks)
      .filter((e): e is [string, AttendanceStatus] => e[1] !== null)
      .map(([registrationId, status]) => ({ registrationId, status }));
    if (list.length === 0) {
      setStatus({ ok: false, text: "Indiquez la présence d'au moins un participant." });
      return;
    }
    startTransition(async () => {
      settle(await recordAttendanceAction({ sessionId, slotId: slot.id, marks: list }));
    });
  };

  if (participants.length === 0) {
    return <p className="text-sm text-ink-muted">Aucune inscription confirmée : rien à émarger.</p>;
  }
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-3"
      aria-label={`Émargement : ${slot.label}`}
    >
      <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {participants.map((p) => (
          <li
            key={p.registrationId}
            className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
          >
            <fieldset className="flex w-full flex-wrap items-center justify-between gap-2">
              <legend className="float-left font-medium">{p.name}</legend>
              <div className="flex flex-wrap gap-3">
                {ATTENDANCE_CHOICES.map((choice) => (
                  <label key={choice} className="flex items-center gap-1 text-sm">
                    <input
                      type="radio"
                      name={`attendance-${slot.id}-${p.registrationId}`}
                      checked={marks[p.registrationId] === choice}
                      onChange={() => setMarks((m) => ({ ...m, [p.registrationId]: choice }))}
                    />
                    {LABELS[choice]}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <Button type="submit" pending={pending} className="self-start">
        Enregistrer l&apos;émargement
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
