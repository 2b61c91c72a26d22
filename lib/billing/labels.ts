import type { OrderStatus, PaymentMethod } from "@/lib/db/generated/enums";
import type { InvoiceState } from "./payment-rules";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  AWAITING_PAYMENT: "En attente de règlement",
  PAID: "Réglée",
  CANCELLED: "Annulée",
};

export const INVOICE_STATE_LABELS: Record<InvoiceState, string> = {
  due: "À régler",
  "partially-paid": "Partiellement réglée",
  overdue: "Échue, à régler",
  paid: "Réglée",
  cancelled: "Annulée",
};

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: "Virement",
  CARD: "Carte bancaire",
  CHEQUE: "Chèque",
  DIRECT_DEBIT: "Prélèvement",
};
