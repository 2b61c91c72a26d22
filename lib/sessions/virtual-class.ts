/**
 * "Accéder à la session" of a virtual class opens 15 minutes before a slot and
 * stays open until the slot's end; outside that, the button says when it opens.
 */
export const JOIN_OPENS_BEFORE_MS = 15 * 60 * 1000;

export type JoinWindow =
  | { state: "open"; slotId: string; closesAt: Date }
  | { state: "later"; slotId: string; opensAt: Date }
  | { state: "over" };

export function joinWindow(
  slots: readonly { id: string; startsAt: Date; endsAt: Date }[],
  now: Date,
): JoinWindow {
  const sorted = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const slot of sorted) {
    const opensAt = new Date(slot.startsAt.getTime() - JOIN_OPENS_BEFORE_MS);
    if (now < opensAt) return { state: "later", slotId: slot.id, opensAt };
    if (now <= slot.endsAt) return { state: "open", slotId: slot.id, closesAt: slot.endsAt };
  }
  return { state: "over" };
}
