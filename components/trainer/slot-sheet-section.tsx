import Link from "next/link";
import { SlotCode } from "@/components/trainer/slot-code";
import { SlotSheetForm } from "@/components/trainer/slot-sheet-form";
import { markEvidence } from "@/lib/attendance/labels";
import { canCountersign, isSelfSignOpen } from "@/lib/attendance/sheet-rules";
import { formatCalendarDay, formatDateTime, formatHour, parisParts } from "@/lib/dates/paris";
import { HALF_DAY_LABELS } from "@/lib/format/labels";
import type { TrainerSessionDetails } from "@/lib/trainers/sessions";

type Slot = TrainerSessionDetails["slots"][number];

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (d: Date | null) => {
  if (!d) return "";
  const p = parisParts(d);
  return `${pad(p.hour)}:${pad(p.minute)}`;
};

function slotLabel(slot: Slot): string {
  const half = HALF_DAY_LABELS[slot.halfDay];
  return `${formatCalendarDay(slot.date)}${half ? ` (${half})` : ""}, ${formatHour(slot.startsAt)} – ${formatHour(slot.endsAt)}`;
}

function sheetState(slot: Slot, now: Date): string {
  if (slot.sheets.length > 0) return "feuille signée";
  if (isSelfSignOpen(slot, now)) return "en cours";
  return canCountersign(slot, now) ? "à signer" : "à venir";
}

/**
 * The émargement of a session for its trainer: the list of its slots (each a
 * link to its sheet, with the sheet's state), then the sheet of one slot. One
 * sheet at a time: a three-day session has six, each listing every participant.
 */
export function SlotSheetSection({
  session,
  slot,
  now,
}: {
  session: TrainerSessionDetails;
  slot: Slot;
  now: Date;
}) {
  const label = slotLabel(slot);
  const frozen = slot.sheets.length > 0;
  const [first, ...corrections] = slot.sheets;
  return (
    <section aria-labelledby="attendance-title" className="flex flex-col gap-3">
      <h2 id="attendance-title" className="text-lg font-semibold">
        Émargement
      </h2>
      {session.slots.length > 1 ? (
        <nav aria-label="Feuilles d'émargement des séances">
          <ul className="flex flex-col gap-1 text-sm">
            {session.slots.map((s) => (
              <li key={s.id}>
                <Link
                  href={`/formateur/sessions/${session.id}?seance=${s.id}`}
                  aria-current={s.id === slot.id ? "true" : undefined}
                  className={
                    s.id === slot.id ? "font-semibold text-ink" : "text-brand-800 underline"
                  }
                >
                  Séance du {slotLabel(s)}
                </Link>{" "}
                <span className="text-ink-muted">· {sheetState(s, now)}</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section
        aria-label={`Séance du ${label}`}
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <h3 className="font-medium">
          Séance du {label} — {slot.title}
        </h3>
        {first ? (
          <div className="text-sm text-green-800">
            <p>
              Feuille signée par {first.signedBy} le {formatDateTime(first.signedAt)}.
            </p>
            {corrections.map((v) => (
              <p key={v.version}>
                Correction (version {v.version}) par {v.signedBy} le {formatDateTime(v.signedAt)} :{" "}
                {v.reason}
              </p>
            ))}
          </div>
        ) : null}
        {!frozen && isSelfSignOpen(slot, now) ? (
          <SlotCode sessionId={session.id} slotId={slot.id} />
        ) : null}
        <SlotSheetForm
          // A new slot is a new sheet: its marks, not the previous slot's state.
          key={slot.id}
          sessionId={session.id}
          slot={{ id: slot.id, label, frozen, started: canCountersign(slot, now) }}
          participants={session.participants.map((p) => {
            const mark = p.attendance[slot.id];
            return {
              registrationId: p.registrationId,
              name: p.name,
              status: mark?.status ?? null,
              arrivedAt: hhmm(mark?.arrivedAt ?? null),
              leftAt: hhmm(mark?.leftAt ?? null),
              evidence: markEvidence(mark, p.joinedSlots.includes(slot.id)),
            };
          })}
        />
      </section>
    </section>
  );
}
