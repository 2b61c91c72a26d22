import { RegistrationStatus } from "../../lib/db/generated/enums";
import {
  newId,
  type OrderPlan,
  type OrgPlan,
  type ParticipantPlan,
  type PaymentPlan,
  type RegistrationPlan,
  type SessionPlan,
  type World,
} from "./plan";

/** The payer is the firm for a collaborator and the person for a private participant (CHECK: one of them). */
export function newOrder(
  world: Pick<World, "orders">,
  o: {
    org: OrgPlan;
    payerOf: ParticipantPlan;
    orderedAt: Date;
    payment: PaymentPlan;
    paidAt?: Date | null;
    reference?: string | null;
  },
): OrderPlan {
  const order: OrderPlan = {
    id: newId(),
    reference: o.reference ?? null,
    org: o.org,
    company: o.payerOf.company,
    payer: o.payerOf.company ? null : o.payerOf,
    orderedAt: o.orderedAt,
    registrations: [],
    payment: o.payment,
    paidAt: o.paidAt ?? null,
  };
  world.orders.push(order);
  return order;
}

export type RegistrationFields = Partial<
  Omit<
    RegistrationPlan,
    "id" | "participant" | "session" | "order" | "status" | "createdAt" | "createdById"
  >
> & { status: RegistrationStatus; createdAt: Date; createdById?: string };

export function newRegistration(
  world: Pick<World, "registrations">,
  order: OrderPlan,
  session: SessionPlan,
  participant: ParticipantPlan,
  fields: RegistrationFields,
): RegistrationPlan {
  if (session.participantIds.has(participant.id)) {
    throw new Error(
      `${participant.firstName} ${participant.lastName} est déjà inscrit(e) à ${session.course.title}`,
    );
  }
  session.participantIds.add(participant.id);
  const registration: RegistrationPlan = {
    id: newId(),
    participant,
    session,
    order,
    status: fields.status,
    reason: fields.reason ?? null,
    createdAt: fields.createdAt,
    createdById: fields.createdById ?? participant.company?.managerUserId ?? participant.userId,
    confirmedAt: fields.confirmedAt ?? null,
    closedAt: fields.closedAt ?? null,
    closedById: fields.closedById ?? null,
    attendance: fields.attendance ?? "none",
    positioning: fields.positioning ?? "none",
    validation: fields.validation ?? "none",
    satisfaction: fields.satisfaction ?? "none",
    elearning: fields.elearning ?? "none",
    elearningAccessStartsAt: fields.elearningAccessStartsAt ?? null,
    certificate: fields.certificate ?? false,
    joins: fields.joins ?? false,
  };
  world.registrations.push(registration);
  order.registrations.push(registration);
  return registration;
}

/** One registration in an order of its own: how the demo people's trainings were bought. */
export function enrolAlone(
  world: Pick<World, "orders" | "registrations">,
  session: SessionPlan,
  participant: ParticipantPlan,
  o: Omit<RegistrationFields, "createdAt"> & {
    orderedAt: Date;
    payment: PaymentPlan;
    paidAt?: Date | null;
    orderReference?: string;
  },
): RegistrationPlan {
  const { orderedAt, payment, paidAt, orderReference, ...fields } = o;
  const order = newOrder(world, {
    org: session.org,
    payerOf: participant,
    orderedAt,
    payment,
    paidAt,
    reference: orderReference,
  });
  return newRegistration(world, order, session, participant, { ...fields, createdAt: orderedAt });
}
