import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderDetailsView } from "@/components/billing/order-details-view";
import { requireParticipant } from "@/lib/auth/viewer";
import { getOrderDetails } from "@/lib/billing/order-details";
import { participantActor } from "@/lib/scopes/actor";
import { orderScope } from "@/lib/scopes/billing";

export const metadata: Metadata = { title: "Commande" };

type Props = { params: Promise<{ orderId: string }> };

export default async function OrderPage({ params }: Props) {
  const participant = await requireParticipant();
  const { orderId } = await params;
  const order = await getOrderDetails(orderScope(participantActor(participant)), orderId);
  if (!order) notFound();
  return (
    <OrderDetailsView
      order={order}
      links={{
        list: { href: "/commandes", label: "Commandes" },
        invoice: (id) => `/factures/${id}`,
      }}
    />
  );
}
