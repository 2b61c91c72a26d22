import type { UnitStatus } from "@/lib/db/generated/enums";

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  NOT_STARTED: "Non commencé",
  IN_PROGRESS: "En cours",
  COMPLETED: "Terminé",
};

/** The module's status from its units': all done, none started, or in between. */
export function moduleStatus(units: readonly { status: UnitStatus }[]): UnitStatus {
  if (units.length > 0 && units.every((u) => u.status === "COMPLETED")) return "COMPLETED";
  if (units.every((u) => u.status === "NOT_STARTED")) return "NOT_STARTED";
  return "IN_PROGRESS";
}
