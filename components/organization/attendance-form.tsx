"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { recordAttendanceAction } from "@/app/(organization)/organisme/sessions/[sessionId]/actions";
import { ATTENDANCE_LABELS } from "@/lib/attendance/labels";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import { ATTENDANCE_CHOICES } from "@/lib/organizations/schemas";

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
  const router = useRouter();
  const [marks, setMarks] = useState<Record<string, AttendanceStatus | null>>(
    Object.fromEntries(participants.map((p) => [p.registrationId, p.status])),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const list = Object.entries(marks)
      .filter((e): e is [string, AttendanceStatus] => e[1] !== null)
      .map(([registrationId, status]) => ({ registrationId, status }));
    if (list.length === 0) {
      setMessage({ ok: false, text: "Indiquez la présence d'au moins un participant." });
      return;
    }
    startTransition(async () => {
      const result = await recordAttendanceAction({ sessionId, slotId: slot.id, marks: list });
      setMessage(
        result.ok
          ? { ok: true, text: result.data }
          : { ok: false, text: result.formError ?? "Enregistrement impossible." },
      );
      if (result.ok) router.refresh();
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
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Enregistrer l&apos;émargement
      </button>
      <p
        role="status"
        className={
          message ? (message.ok ? "text-sm text-green-800" : "text-sm text-red-800") : "sr-only"
        }
      >
        {message?.text ?? ""}
      </p>
    </form>
  );
}
