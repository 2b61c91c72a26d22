import { Badge } from "@/components/ui/badge";
import type { RegistrationStatus } from "@/lib/db/generated/enums";
import { REGISTRATION_STATUS_LABELS } from "@/lib/format/labels";

const TONE = {
  PENDING: "warning",
  CONFIRMED: "success",
  CANCELLED: "neutral",
  REFUSED: "danger",
} as const;

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  return <Badge tone={TONE[status]}>{REGISTRATION_STATUS_LABELS[status]}</Badge>;
}
