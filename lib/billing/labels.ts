import type { InvoiceStatus, OrderStatus } from "@/lib/db/generated/enums";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  AWAITING_PAYMENT: "En attente de règlement",
  PAID: "Réglée",
  CANCELLED: "Annulée",
};

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  ISSUED: "À régler",
  PAID: "Réglée",
  CANCELLED: "Annulée",
};
