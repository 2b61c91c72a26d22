import { Badge } from "@/components/ui/badge";
import type { InvoiceState } from "@/lib/billing/payment-rules";
import { INVOICE_STATE_LABELS, ORDER_STATUS_LABELS } from "@/lib/billing/labels";
import type { OrderStatus } from "@/lib/db/generated/enums";

const ORDER_TONE = { AWAITING_PAYMENT: "warning", PAID: "success", CANCELLED: "neutral" } as const;

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={ORDER_TONE[status]}>{ORDER_STATUS_LABELS[status]}</Badge>;
}

const INVOICE_TONE = {
  due: "warning",
  "partially-paid": "warning",
  overdue: "danger",
  paid: "success",
  cancelled: "neutral",
} as const;

export function InvoiceStateBadge({ state }: { state: InvoiceState }) {
  return <Badge tone={INVOICE_TONE[state]}>{INVOICE_STATE_LABELS[state]}</Badge>;
}
