"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ATTENDANCE_LABELS } from "@/lib/attendance/labels";
import type { AttendanceStatus } from "@/lib/db/generated/enums";
import {
  correctSheetAction,
  recordTrainerAttendanceAction,
  signSheetAction,
} from "@/lib/trainers/actions";
import { TRAINER_ATTENDANCE_CHOICES } from "@/lib/trainers/schemas";

export type SheetParticipant = {
  registrationId: string;
  name: string;
  status: AttendanceStatus | null;
  arrivedAt: string;
  leftAt: string;
  /** "Signature du participant, 09:02", "Connexion à 09:05 (journal)"... */
  evidence: string | null;
};

type Mark = { status: AttendanceStatus | null; arrivedAt: string; leftAt: string };

/**
 * Émargement of one slot for its trainer: a status per participant (with
 * times when late), then "Signer la feuille d'émargement", which freezes it.
 * A frozen sheet is corrected only with a reason (a new version).
 */
export function SlotSheetForm({
  sessionId,
  slot,
  participants,
}: {
  sessionId: string;
  slot: { id: string; label: string; frozen: boolean; started: boolean };
  participants: SheetParticipant[];
}) {
  const [marks, setMarks] = useState<Record<string, Mark>>(
    Object.fromEntries(
      participants.map((p) => [
        p.registrationId,
        { status: p.status, arrivedAt: p.arrivedAt, leftAt: p.leftAt },
      ]),
    ),
  );
  // The evidence of the marks recorded since the page was rendered (the action says which).
  const [recorded, setRecorded] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const editable = !slot.frozen || correcting;

  const list = () =>
    Object.entries(marks)
      .filter((e): e is [string, Mark & { status: AttendanceStatus }] => e[1].status !== null)
      .map(([registrationId, m]) => ({
        registrationId,
        status: m.status,
        arrivedAt: m.status === "LATE" ? m.arrivedAt : "",
        leftAt: m.status === "LATE" ? m.leftAt : "",
      }));

  const report = (result: { ok: true; data: string } | { ok: false; formError?: string }) => {
    setMessage(
      result.ok
        ? { ok: true, text: result.data }
        : { ok: false, text: result.formError ?? "Enregistrement impossible." },
    );
    // No router.refresh(). Signing and correcting revalidate this page: their answer
    // carries it rendered anew, evidence included. Recording does not (the form
    // keeps the evidence its answer gives): a refresh would render the page for nothing.
    if (result.ok) setCorrecting(false);
  };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const input = list();
    if (input.length === 0) {
      setMessage({ ok: false, text: "Indiquez la présence d'au moins un participant." });
      return;
    }
    startTransition(async () => {
      if (correcting) {
        const result = await correctSheetAction({
          sessionId,
          slotId: slot.id,
          marks: input,
          reason,
        });
        if (result.ok) setRecorded({});
        report(result);
        return;
      }
      const result = await recordTrainerAttendanceAction({
        sessionId,
        slotId: slot.id,
        marks: input,
      });
      if (result.ok) setRecorded((r) => ({ ...r, ...result.data.evidence }));
      report(result.ok ? { ok: true, data: result.data.message } : result);
    });
  };

  const sign = () =>
    startTransition(async () => report(await signSheetAction({ sessionId, slotId: slot.id })));

  if (participants.length === 0) {
    return <p className="text-sm text-ink-muted">Aucun participant confirmé : rien à émarger.</p>;
  }
  const set = (id: string, change: Partial<Mark>) =>
    setMarks((m) => ({ ...m, [id]: { ...m[id]!, ...change } }));
  return (
    <form onSubmit={save} className="flex flex-col gap-3" aria-label={`Émargement : ${slot.label}`}>
      <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {participants.map((p) => {
          const mark = marks[p.registrationId]!;
          return (
            <li key={p.registrationId} className="px-3 py-2">
              <fieldset className="flex flex-col gap-2" disabled={!editable}>
                <legend className="font-medium">{p.name}</legend>
                {(recorded[p.registrationId] ?? p.evidence) ? (
                  <p className="text-xs text-ink-muted">
                    {recorded[p.registrationId] ?? p.evidence}
                  </p>
                ) : null}
                <div className="flex flex-wrap gap-3">
                  {TRAINER_ATTENDANCE_CHOICES.map((choice) => (
                    <label key={choice} className="flex items-center gap-1 text-sm">
                      <input
                        type="radio"
                        name={`attendance-${slot.id}-${p.registrationId}`}
                        checked={mark.status === choice}
                        onChange={() => set(p.registrationId, { status: choice })}
                      />
                      {ATTENDANCE_LABELS[choice]}
                    </label>
                  ))}
                </div>
                {mark.status === "LATE" ? (
                  <div className="flex flex-wrap gap-3 text-sm">
                    <TimeInput
                      label="Arrivée"
                      value={mark.arrivedAt}
                      onChange={(arrivedAt) => set(p.registrationId, { arrivedAt })}
                    />
                    <TimeInput
                      label="Départ"
                      value={mark.leftAt}
                      onChange={(leftAt) => set(p.registrationId, { leftAt })}
                    />
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
      {correcting ? (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`reason-${slot.id}`} className="font-medium">
            Motif de la correction
          </label>
          <textarea
            id={`reason-${slot.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            className="rounded-md border border-slate-400 px-2 py-1"
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {editable ? (
          <Button type="submit" variant="secondary" pending={pending}>
            {correcting ? "Enregistrer la correction" : "Enregistrer l'émargement"}
          </Button>
        ) : null}
        {!slot.frozen && slot.started ? (
          <Button pending={pending} onClick={sign}>
            Signer la feuille d&apos;émargement
          </Button>
        ) : null}
        {slot.frozen && !correcting ? (
          <Button variant="secondary" onClick={() => setCorrecting(true)}>
            Corriger la feuille
          </Button>
        ) : null}
      </div>
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

/** The time of arrival or of departure beside a late mark. */
function TimeInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <input
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-md border border-slate-400 px-1"
      />
    </label>
  );
}
