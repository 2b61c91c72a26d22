import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoiceDetailsView } from "@/components/billing/invoice-details-view";
import { requireParticipant } from "@/lib/auth/viewer";
import { getInvoiceDetails } from "@/lib/billing/invoice-details";
import { participantActor } from "@/lib/scopes/actor";
import { invoiceScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Facture" };

type Props = { params: Promise<{ invoiceId: string }> };

export default async function InvoicePage({ params }: Props) {
  const participant = await requireParticipant();
  const { invoiceId } = await params;
  const invoice = await getInvoiceDetails(invoiceScope(participantActor(participant)), invoiceId);
  if (!invoice) notFound();
  return (
    <InvoiceDetailsView
      invoice={invoice}
      links={{
        list: { href: "/factures", label: "Factures" },
        pdf: `/factures/${invoice.id}/pdf`,
        order: `/commandes/${invoice.order.id}`,
      }}
    />
  );
}
