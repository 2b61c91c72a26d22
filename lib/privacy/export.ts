import "server-only";
import type { ParticipantViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { verificationUrl } from "@/lib/http/public-url";
import { internshipExportSections } from "./export-internships";
import { participantActor } from "@/lib/scopes/actor";
import { orderScope } from "@/lib/scopes/billing";
import { exportOrderSelect, exportUserSelect } from "./export-query";
import { rateLimitKeysOf } from "./rate-limit-keys";

/**
 * "Télécharger mes données" (GDPR art. 15 and 20): one machine-readable JSON
 * document. `data` has one entry per table holding the participant's data,
 * named as in prisma/schema.prisma, rows flattened with their ids so that a
 * program can rejoin them; `documents` lists the files the participant can
 * download, with their addresses. The test tests/integration/privacy-export-erase
 * checks that every table reachable from the user, and every field marked
 * @personal, is here.
 */
export const EXPORT_FORMAT = "parcours-donnees-personnelles/1";

/** Login secrets are never handed out, even to their owner: a leaked file would open nothing. */
export const WITHHELD_SECRET = "[non communiqué : secret de connexion]";

export type ExportedDocument = {
  type: "Convocation" | "Attestation de formation" | "Facture" | "Mon parcours";
  title: string;
  url: string;
  number?: string;
  verificationUrl?: string;
};

export type PersonalDataExport = {
  format: typeof EXPORT_FORMAT;
  generatedAt: string;
  about: string;
  data: Record<string, unknown>;
  documents: ExportedDocument[];
};

const ABOUT =
  "Données personnelles vous concernant détenues par Parcours (article 15 et 20 du RGPD). " +
  "Chaque entrée de « data » correspond à une table ; les montants sont en centimes, " +
  "les taux de TVA en points de base (2000 = 20 %), les durées en minutes ou en secondes, " +
  "les dates en UTC (ISO 8601).";

const withheld = (value: string | null) => (value === null ? null : WITHHELD_SECRET);

/** A queued e-mail as sent, minus its attachments' bytes (the documents are listed apart). */
function mailMessage(message: Prisma.JsonValue): Prisma.JsonValue {
  if (!message || typeof message !== "object" || Array.isArray(message)) return message;
  const attachments = message.attachments;
  if (!Array.isArray(attachments)) return message;
  return {
    ...message,
    attachments: attachments.map((a) =>
      a && typeof a === "object" && !Array.isArray(a)
        ? { filename: a.filename ?? null, contentType: a.contentType ?? null }
        : null,
    ),
  };
}

export async function buildPersonalDataExport(
  viewer: ParticipantViewer,
  baseUrl: string,
  now: Date = new Date(),
): Promise<PersonalDataExport> {
  const db = await getDb();
  const participantId = viewer.participantId;
  const [user, orders] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: exportUserSelect }),
    db.order.findMany({
      // The participant sees in their export exactly the orders their space shows.
      where: orderScope(participantActor(viewer)),
      select: exportOrderSelect(participantId),
      orderBy: { orderedAt: "asc" },
    }),
  ]);
  const participant = user.participant;
  if (!participant || participant.id !== participantId) throw new Error("Participant introuvable");
  const registrations = participant.registrations;
  const email = user.email;

  // Audit entries by the person, or about the records that are theirs.
  const aboutThem: Prisma.AuditLogWhereInput[] = [
    { actorUserId: user.id },
    { entityType: "User", entityId: user.id },
    { entityType: "Participant", entityId: participant.id },
    { entityType: "Registration", entityId: { in: registrations.map((r) => r.id) } },
    {
      entityType: "QuestionnaireResponse",
      entityId: { in: registrations.flatMap((r) => r.responses.map((x) => x.id)) },
    },
    {
      entityType: "IssuedDocument",
      entityId: { in: registrations.flatMap((r) => r.documents.map((d) => d.id)) },
    },
    {
      entityType: "Order",
      entityId: { in: orders.filter((o) => o.participantId).map((o) => o.id) },
    },
  ];
  const [auditEntries, mailJobs, rateLimitBuckets, stage, notificationPreferences] =
    await Promise.all([
      db.auditLog.findMany({
        where: { OR: aboutThem },
        select: { id: true, at: true, action: true, entityType: true, entityId: true, data: true },
        orderBy: { at: "asc" },
      }),
      db.mailJob.findMany({
        where: { to: { equals: email, mode: "insensitive" } },
        select: {
          id: true,
          label: true,
          to: true,
          message: true,
          status: true,
          attempts: true,
          lastError: true,
          createdAt: true,
          sentAt: true,
        },
        orderBy: { createdAt: "asc" },
      }),
      db.rateLimitBucket.findMany({
        where: { key: { in: rateLimitKeysOf(email) } },
        select: {
          key: true,
          count: true,
          windowStartedAt: true,
          blockedUntil: true,
          updatedAt: true,
        },
      }),
      internshipExportSections(user.id),
      db.notificationPreference.findMany({
        where: { userId: viewer.id },
        select: { category: true, choice: true, updatedAt: true },
        orderBy: { category: "asc" },
      }),
    ]);

  const invoices = orders.flatMap((o) => o.invoices.map((i) => ({ order: o, invoice: i })));
  const data = {
    User: {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      passwordHash: withheld(user.passwordHash),
      passwordChangedAt: user.passwordChangedAt,
      anonymizedAt: user.anonymizedAt,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    Participant: {
      id: participant.id,
      kind: participant.kind,
      companyId: participant.companyId,
      companyName: participant.company?.name ?? null,
      profession: participant.profession,
      phone: participant.phone,
      jobTitle: participant.jobTitle,
      createdAt: participant.createdAt,
    },
    AccountToken: user.accountTokens.map((t) => ({ ...t, tokenHash: withheld(t.tokenHash) })),
    CompanyMembership: user.companyMemberships.map((m) => ({
      id: m.id,
      companyId: m.companyId,
      companyName: m.company.name,
      createdAt: m.createdAt,
    })),
    CompanyGrant: user.companyMemberships.flatMap((m) =>
      m.grants.map((g) => ({ ...g, membershipId: m.id })),
    ),
    OrganizationStaff: user.organizationStaff.map(({ organization, ...s }) => ({
      ...s,
      organizationName: organization.name,
    })),
    SessionTrainer: user.sessionsToTeach.map(({ session, ...t }) => ({
      ...t,
      sessionReference: session.reference,
      courseTitle: session.course.title,
    })),
    // The feed's token is a secret: only that a link exists, and since when.
    TrainerCalendarFeed: user.trainerFeed ? [user.trainerFeed] : [],
    AttendanceSheet: user.signedSheets,
    TrainerAssessment: user.trainerAssessments,
    CollaboratorInvitation: participant.companyInvitations.map(({ company, ...i }) => ({
      ...i,
      companyName: company.name,
    })),
    Registration: registrations.map((r) => ({
      id: r.id,
      sessionId: r.sessionId,
      sessionReference: r.session.reference,
      courseTitle: r.session.course.title,
      organizationName: r.session.organization.name,
      modality: r.session.modality,
      sessionStartsAt: r.session.startsAt,
      sessionEndsAt: r.session.endsAt,
      orderId: r.orderId,
      orderReference: r.order?.reference ?? null,
      status: r.status,
      statusReason: r.statusReason,
      confirmedAt: r.confirmedAt,
      elearningAccessStartsAt: r.elearningAccessStartsAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
    RegistrationStatusChange: registrations.flatMap((r) =>
      r.history.map((h) => ({ ...h, registrationId: r.id })),
    ),
    Attendance: registrations.flatMap((r) =>
      r.attendance.map(({ slot, ...a }) => ({
        ...a,
        registrationId: r.id,
        slotDate: slot.date,
        halfDay: slot.halfDay,
        slotTitle: slot.title,
      })),
    ),
    VirtualClassJoin: registrations.flatMap((r) =>
      r.joins.map((j) => ({ ...j, registrationId: r.id })),
    ),
    QuestionnaireResponse: registrations.flatMap((r) =>
      r.responses.map((x) => ({
        id: x.id,
        registrationId: r.id,
        questionnaireId: x.questionnaireId,
        kind: x.questionnaire.kind,
        questionnaireTitle: x.questionnaire.title,
        status: x.status,
        score: x.score,
        maxScore: x.maxScore,
        submittedAt: x.submittedAt,
        createdAt: x.createdAt,
        updatedAt: x.updatedAt,
      })),
    ),
    Answer: registrations.flatMap((r) =>
      r.responses.flatMap((x) =>
        x.answers.map(({ question, ...a }) => ({
          ...a,
          responseId: x.id,
          questionLabel: question.label,
        })),
      ),
    ),
    ElearningProgress: registrations.flatMap((r) =>
      r.progress.map(({ unit, ...p }) => ({
        ...p,
        registrationId: r.id,
        unitCode: unit.code,
        unitTitle: unit.title,
      })),
    ),
    ElearningQuestion: registrations.flatMap((r) =>
      r.questions.map((q) => ({ ...q, registrationId: r.id })),
    ),
    IssuedDocument: registrations.flatMap((r) =>
      r.documents.map((d) => ({ ...d, registrationId: r.id })),
    ),
    Order: orders.map((o) => ({
      id: o.id,
      reference: o.reference,
      status: o.status,
      orderedAt: o.orderedAt,
      paidAt: o.paidAt,
      participantId: o.participantId,
      payer: o.company?.name ?? "Vous-même",
      organizationName: o.organization.name,
    })),
    OrderLine: registrations.flatMap((r) =>
      r.orderLine ? [{ ...r.orderLine, registrationId: r.id }] : [],
    ),
    Invoice: invoices.map(({ order, invoice: i }) => ({
      id: i.id,
      number: i.number,
      orderId: order.id,
      orderReference: order.reference,
      status: i.status,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      buyerName: i.buyerName,
      buyerAddress: i.buyerAddress,
      totalExclVatCents: i.totalExclVatCents,
      totalVatCents: i.totalVatCents,
      totalInclVatCents: i.totalInclVatCents,
    })),
    InvoiceLine: invoices.flatMap(({ invoice }) =>
      invoice.lines.map((l) => ({ ...l, invoiceId: invoice.id })),
    ),
    Payment: invoices.flatMap(({ invoice }) =>
      invoice.payments.map((p) => ({ ...p, invoiceId: invoice.id })),
    ),
    AuditLog: auditEntries,
    MailJob: mailJobs.map((m) => ({ ...m, message: mailMessage(m.message) })),
    RateLimitBucket: rateLimitBuckets,
    ...stage,
    NotificationPreference: notificationPreferences,
  };

  const documents: ExportedDocument[] = [
    ...registrations
      .filter((r) => r.status === "CONFIRMED" && r.session.status === "SCHEDULED")
      .map((r) => ({
        type: "Convocation" as const,
        title: `${r.session.course.title} (Réf : ${r.session.reference})`,
        url: `${baseUrl}/sessions/${r.id}/convocation`,
      })),
    ...registrations.flatMap((r) =>
      r.documents
        .filter((d) => d.kind === "CERTIFICATE" && !d.revokedAt)
        .map((d) => ({
          type: "Attestation de formation" as const,
          title: `${r.session.course.title} (Réf : ${r.session.reference})`,
          url: `${baseUrl}/sessions/${r.id}/attestation`,
          number: d.number,
          verificationUrl: verificationUrl(baseUrl, d.number),
        })),
    ),
    ...invoices.map(({ order, invoice }) => ({
      type: "Facture" as const,
      title: `Facture ${invoice.number} (commande ${order.reference})`,
      url: `${baseUrl}/factures/${invoice.id}/pdf`,
      number: invoice.number,
    })),
    { type: "Mon parcours", title: "Mon parcours (CSV)", url: `${baseUrl}/parcours/export` },
  ];

  return { format: EXPORT_FORMAT, generatedAt: now.toISOString(), about: ABOUT, data, documents };
}
