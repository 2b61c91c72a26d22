import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { ASSESSMENT_SELECT } from "@/lib/trainers/assessment-questions";
import { sessionHeadSelect } from "@/lib/sessions/session-select";
import { answerValueSelect } from "@/lib/questionnaires/resolve";
import {
  invoiceHeadSelect,
  invoiceLineSelect,
  invoiceTotalsSelect,
} from "@/lib/billing/invoice-select";

/*
 * The shape of the export's main read: the user and everything hanging from
 * them, in one query (relationJoins turns the nesting into lateral joins, so
 * no query per registration). Each level selects its own columns plus the few
 * labels (course title, question label) that make a row readable on its own.
 */
export const exportUserSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  passwordHash: true,
  passwordChangedAt: true,
  anonymizedAt: true,
  createdAt: true,
  updatedAt: true,
  accountTokens: {
    select: {
      id: true,
      purpose: true,
      tokenHash: true,
      expiresAt: true,
      usedAt: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
  companyMemberships: {
    select: {
      id: true,
      companyId: true,
      createdAt: true,
      company: { select: { name: true } },
      grants: {
        select: { id: true, permission: true, createdAt: true },
        orderBy: { permission: "asc" },
      },
    },
  },
  organizationStaff: {
    select: {
      id: true,
      organizationId: true,
      role: true,
      createdAt: true,
      organization: { select: { name: true } },
    },
  },
  sessionsToTeach: {
    select: {
      id: true,
      sessionId: true,
      organizationId: true,
      addedAt: true,
      session: { select: { reference: true, course: { select: { title: true } } } },
    },
  },
  trainerFeed: { select: { id: true, createdAt: true } },
  trainerAssessments: {
    select: { id: true, sessionId: true, ...ASSESSMENT_SELECT },
    orderBy: { submittedAt: "asc" },
  },
  signedSheets: {
    select: { id: true, slotId: true, version: true, signedAt: true, reason: true },
    orderBy: { signedAt: "asc" },
  },
  participant: {
    select: {
      id: true,
      kind: true,
      companyId: true,
      profession: true,
      phone: true,
      jobTitle: true,
      createdAt: true,
      company: { select: { name: true } },
      // Requests to join a firm (lib/companies/collaborator-links); the token is a secret.
      companyInvitations: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          companyId: true,
          createdAt: true,
          expiresAt: true,
          acceptedAt: true,
          cancelledAt: true,
          company: { select: { name: true } },
        },
      },
      registrations: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          sessionId: true,
          orderId: true,
          status: true,
          statusReason: true,
          confirmedAt: true,
          elearningAccessStartsAt: true,
          createdAt: true,
          updatedAt: true,
          order: { select: { reference: true } },
          session: {
            select: {
              ...sessionHeadSelect,
              course: { select: { title: true } },
              organization: { select: { name: true } },
            },
          },
          history: {
            select: { id: true, fromStatus: true, toStatus: true, reason: true, changedAt: true },
            orderBy: { changedAt: "asc" },
          },
          attendance: {
            select: {
              id: true,
              slotId: true,
              status: true,
              recordedAt: true,
              slot: { select: { date: true, halfDay: true, title: true } },
            },
            orderBy: { slot: { startsAt: "asc" } },
          },
          joins: {
            select: { id: true, slotId: true, joinedAt: true },
            orderBy: { joinedAt: "asc" },
          },
          responses: {
            select: {
              id: true,
              questionnaireId: true,
              status: true,
              score: true,
              maxScore: true,
              submittedAt: true,
              createdAt: true,
              updatedAt: true,
              questionnaire: { select: { kind: true, title: true } },
              answers: {
                select: {
                  id: true,
                  ...answerValueSelect,
                  question: { select: { label: true, position: true } },
                },
                orderBy: { question: { position: "asc" } },
              },
            },
          },
          progress: {
            select: {
              id: true,
              unitId: true,
              status: true,
              timeSpentSeconds: true,
              startedAt: true,
              completedAt: true,
              lastSeenAt: true,
              unit: { select: { code: true, title: true } },
            },
            orderBy: { unit: { position: "asc" } },
          },
          questions: {
            select: {
              id: true,
              moduleId: true,
              body: true,
              answer: true,
              answeredAt: true,
              createdAt: true,
            },
            orderBy: { createdAt: "asc" },
          },
          documents: {
            select: {
              id: true,
              kind: true,
              number: true,
              issuedAt: true,
              revokedAt: true,
              revokedReason: true,
            },
          },
          orderLine: {
            select: {
              id: true,
              orderId: true,
              description: true,
              quantity: true,
              unitPriceExclVatCents: true,
              vatRateBasisPoints: true,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.UserSelect;

/**
 * The orders that concern the participant (lib/billing/access.ts), with their
 * invoices. Invoice lines and payments only for the orders the participant
 * paid: a firm's invoice lists other collaborators, who are not theirs to export.
 */
export function exportOrderSelect(participantId: string) {
  const ownInvoice = { invoice: { order: { participantId } } };
  return {
    id: true,
    reference: true,
    status: true,
    orderedAt: true,
    paidAt: true,
    participantId: true,
    company: { select: { name: true } },
    organization: { select: { name: true } },
    invoices: {
      select: {
        ...invoiceHeadSelect,
        buyerName: true,
        buyerAddress: true,
        ...invoiceTotalsSelect,
        lines: {
          where: ownInvoice,
          select: { id: true, ...invoiceLineSelect },
          orderBy: { position: "asc" },
        },
        payments: {
          where: ownInvoice,
          select: { id: true, amountCents: true, method: true, reference: true, paidAt: true },
          orderBy: { paidAt: "asc" },
        },
      },
      orderBy: { issuedAt: "asc" },
    },
  } satisfies Prisma.OrderSelect;
}
