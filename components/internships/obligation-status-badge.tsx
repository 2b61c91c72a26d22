import { Badge } from "@/components/ui/badge";
import { OBLIGATION_STATUS_LABELS, type ObligationStatus } from "@/lib/internships/obligations";

const TONE = {
  todo: "neutral",
  late: "danger",
  transmitted: "brand",
  endorsed: "brand",
  validated: "success",
} as const;

export function ObligationStatusBadge({ status }: { status: ObligationStatus }) {
  return <Badge tone={TONE[status]}>{OBLIGATION_STATUS_LABELS[status]}</Badge>;
}
