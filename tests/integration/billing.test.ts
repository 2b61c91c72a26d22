import crypto from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { ParticipantViewer } from "../../lib/auth/load-viewer";
import { lineTotals } from "../../lib/billing/amounts";
import { getInvoiceDetails } from "../../lib/billing/invoice-details";
import { allocateInvoiceNumber, formatInvoiceNumber } from "../../lib/billing/invoice-number";
import { renderInvoicePdf } from "../../lib/billing/invoice-pdf";
import { getOrderDetails } from "../../lib/billing/order-details";
import { listMyOrders } from "../../lib/billing/participant-billing";
import { PaymentRefusedError, recordPayment } from "../../lib/billing/record-payment";
import { parisYear } from "../../lib/dates/paris";
import { formatSiret } from "../../lib/documents/organization-identity";
import { countQueries } from "../../lib/db/query-count";
import { formatCents } from "../../lib/format/money";
import { getSessionDetails } from "../../lib/sessions/details";
import { listMyInvoices, myInvoiceScope, myOrders } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor, viewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");

const CLAIRE = "participant@demo.test";
const THOMAS = "participant2@demo.test";
const DAY = 86_400_000;

async function orderByReference(reference: string) {
  return (await db()).order.findUniqueOrThrow({
    where: { reference },
    select: { id: true, invoices: { select: { id: true }, orderBy: { issuedAt: "asc" } } },
  });
}

// pdfjs reads the standard fonts' metrics from its own package to lay text out.
const standardFontDataUrl =
  path.join(
    path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
    "standard_fonts",
  ) + path.sep;

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}

/**
 * An unpaid order of Thomas's firm for an e-learning session that is open now,
 * with its invoice issued the way the back office will issue one: number
 * allocated in the transaction that inserts the invoice.
 */
async function unpaidElearningOrder(viewer: ParticipantViewer) {
  const prisma = await db();
  const now = new Date();
  const thomas = await prisma.participant.findUniqueOrThrow({
    where: { id: viewer.participantId },
    select: { companyId: true, company: { select: { name: true } } },
  });
  const session = await prisma.trainingSession.findFirstOrThrow({
    where: {
      modality: "ELEARNING",
      status: "SCHEDULED",
      startsAt: { lt: new Date(now.getTime() - 2 * DAY) },
      endsAt: { gt: now },
      registrations: { none: { participantId: viewer.participantId } },
      organization: { invoices: { some: {} } },
    },
    select: {
      id: true,
      reference: true,
      organizationId: true,
      course: { select: { title: true, priceExclVatCents: true, vatRateBasisPoints: true } },
      organization: { select: { invoices: { select: { number: true }, take: 1 } } },
    },
  });
  const code = /^F\d{4}-(\w+)-\d{6}$/.exec(session.organization.invoices[0]!.number)![1]!;
  const line = {
    description: `${session.course.title} – Réf. ${session.reference} – Thomas Bernard`,
    quantity: 1,
    unitPriceExclVatCents: session.course.priceExclVatCents,
    vatRateBasisPoints: session.course.vatRateBasisPoints,
  };
  const totals = lineTotals(line);
  const issuedAt = new Date(now.getTime() - DAY);
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        reference: `C${code}T${crypto.randomUUID().slice(0, 8)}`,
        organizationId: session.organizationId,
        companyId: thomas.companyId,
        orderedAt: issuedAt,
      },
      select: { id: true, reference: true },
    });
    const registration = await tx.registration.create({
      data: {
        participantId: viewer.participantId,
        sessionId: session.id,
        orderId: order.id,
        status: "CONFIRMED",
        confirmedAt: issuedAt,
      },
      select: { id: true },
    });
    await tx.orderLine.create({
      data: { ...line, orderId: order.id, registrationId: registration.id },
    });
    const { number } = await allocateInvoiceNumber(tx, {
      organizationId: session.organizationId,
      organizationCode: code,
      issuedAt,
    });
    const invoice = await tx.invoice.create({
      data: {
        number,
        organizationId: session.organizationId,
        orderId: order.id,
        issuedAt,
        dueAt: new Date(issuedAt.getTime() + 30 * DAY),
        buyerName: thomas.company!.name,
        buyerAddress: "1 rue du Test\n75001 Paris",
        totalExclVatCents: totals.exclVat,
        totalVatCents: totals.vat,
        totalInclVatCents: totals.inclVat,
        lines: {
          create: [{ ...line, position: 1, totalExclVatCents: totals.exclVat }],
        },
      },
      select: { id: true, number: true, totalInclVatCents: true },
    });
    return { order, invoice, registrationId: registration.id };
  });
}

describe("Commandes and Factures: who sees what", () => {
  it("lists Claire's orders with their sessions, payer, amounts and status", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const { result: orders, queries } = await countQueries(() => listMyOrders(claire));
    expect(queries).toBe(1);
    expect((await countQueries(() => listMyInvoices(claire))).queries).toBe(1);
    const refs = orders.map((o) => o.reference);
    for (const ref of [
      "C20042300006",
      "C20032300041",
      "C20032300019",
      "C41042300001",
      "C20042300009",
    ]) {
      expect(refs).toContain(ref);
    }
    const safir2 = orders.find((o) => o.reference === "C20042300006")!;
    expect(safir2).toMatchObject({
      status: "AWAITING_PAYMENT",
      payer: "Cabinet Delorme & Associés",
      sessions: [{ title: "FORMATION SAFIR 2", reference: "20230117" }],
    });
    expect(safir2.totalInclVatCents).toBe(Math.round(safir2.totalExclVatCents * 1.2));
    expect(orders.find((o) => o.reference === "C20032300041")).toMatchObject({
      status: "PAID",
      sessions: [{ reference: "20.01.SOC0018.23" }],
    });
    // Most recent first.
    const dates = orders.map((o) => o.orderedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("keeps Claire's and Thomas's orders and invoices apart", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const thomas = await participantViewerFor(THOMAS);
    const claireOrders = (await listMyOrders(claire)).map((o) => o.id);
    const thomasOrders = (await listMyOrders(thomas)).map((o) => o.id);
    expect(thomasOrders.length).toBeGreaterThan(0);
    expect(claireOrders.filter((id) => thomasOrders.includes(id))).toEqual([]);

    const claireInvoices = await listMyInvoices(claire);
    const thomasInvoices = await listMyInvoices(thomas);
    expect(claireInvoices.length).toBeGreaterThan(0);
    expect(thomasInvoices.length).toBeGreaterThan(0);
    expect(claireInvoices.every((i) => claireOrders.includes(i.orderId))).toBe(true);
    expect(thomasInvoices.every((i) => thomasOrders.includes(i.orderId))).toBe(true);

    for (const id of claireOrders) {
      expect(await getOrderDetails(myOrders(claire), id)).not.toBeNull();
      expect(await getOrderDetails(myOrders(thomas), id)).toBeNull();
    }
    for (const { id } of claireInvoices) {
      expect(await getInvoiceDetails(myInvoiceScope(thomas), id)).toBeNull();
    }
    for (const { id } of thomasInvoices) {
      expect(await getInvoiceDetails(myInvoiceScope(claire), id)).toBeNull();
    }
  });

  it("answers null, never an error, to malformed ids and to viewers without a participant account", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const { id } = await orderByReference("C20032300041");
    for (const bad of ["", "x".repeat(65), "abc\u0000def", "../factures", "' OR 1=1 --", "%00"]) {
      expect(await getOrderDetails(myOrders(claire), bad)).toBeNull();
      expect(await getInvoiceDetails(myInvoiceScope(claire), bad)).toBeNull();
    }
    const organisme = await viewerFor("organisme@demo.test");
    expect(organisme.participantId).toBeNull();
    expect(await getOrderDetails(myOrders(organisme), id)).toBeNull();
  });

  it("gives an order's lines, sessions, totals and invoices in one query", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const { id } = await orderByReference("C20032300041");
    const { result: order, queries } = await countQueries(() =>
      getOrderDetails(myOrders(claire), id),
    );
    expect(queries).toBe(1);
    expect(order).toMatchObject({
      reference: "C20032300041",
      status: "PAID",
      payer: { kind: "company", name: "Cabinet Delorme & Associés" },
      organization: { name: "CRFC Centre-Est" },
    });
    expect(order!.paidAt).not.toBeNull();
    expect(order!.lines).toHaveLength(1);
    expect(order!.lines[0]!.session).toMatchObject({
      title: "Avantages en nature : identifier, calculer et sécuriser (e-learning)",
      reference: "20.01.SOC0018.23",
      participantName: "Claire Martin",
    });
    expect(order!.lines[0]!.session!.dates).toMatch(
      /^Accessible pendant 90 jours \(du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}\)$/,
    );
    expect(order!.totals.inclVat).toBe(order!.totals.exclVat + order!.totals.vat);
    expect(order!.invoices).toHaveLength(1);
    expect(order!.invoices[0]).toMatchObject({ state: "paid", remainingCents: 0 });

    const cycle = await getOrderDetails(
      myOrders(claire),
      (await orderByReference("C20032300019")).id,
    );
    expect(cycle!.lines[0]!.session!.dates.split(", ")).toHaveLength(6);
  });

  it("gives an invoice's lines, VAT, payments and remaining due in one query", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const { invoices } = await orderByReference("C20032300041");
    const { result: invoice, queries } = await countQueries(() =>
      getInvoiceDetails(myInvoiceScope(claire), invoices[0]!.id),
    );
    expect(queries).toBe(1);
    expect(invoice).toMatchObject({ state: "paid", remainingCents: 0 });
    expect(invoice!.number).toMatch(/^F\d{4}-20-\d{6}$/);
    expect(invoice!.seller.siret).toMatch(/^\d{14}$/);
    expect(invoice!.seller.vatNumber).toMatch(/^FR\d{11}$/);
    expect(invoice!.payments.length).toBeGreaterThan(0);
    expect(invoice!.paidCents).toBe(invoice!.totals.inclVat);
    expect(invoice!.vatByRate.reduce((s, r) => s + r.vat, 0)).toBe(invoice!.totals.vat);
  });
});

describe("recordPayment", () => {
  it("marks the invoice and the order paid and opens the e-learning access at once", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor(THOMAS);
    const { order, invoice, registrationId } = await unpaidElearningOrder(thomas);
    const staff = await prisma.user.findUniqueOrThrow({
      where: { email: "organisme@demo.test" },
      select: { id: true },
    });

    const before = await getSessionDetails(thomas, registrationId);
    expect(before?.elearning?.access.state).toBe("awaiting-payment");

    const part = Math.floor(invoice.totalInclVatCents / 3);
    const first = await recordPayment(prisma, {
      invoiceId: invoice.id,
      amountCents: part,
      method: "BANK_TRANSFER",
      paidAt: new Date(Date.now() - 60 * 60_000),
      reference: "VIR-TEST-1",
      recordedById: staff.id,
    });
    expect(first).toMatchObject({
      replayed: false,
      invoiceStatus: "ISSUED",
      orderStatus: "AWAITING_PAYMENT",
      remainingCents: invoice.totalInclVatCents - part,
      openedElearningRegistrationIds: [],
    });
    expect((await getInvoiceDetails(myInvoiceScope(thomas), invoice.id))!).toMatchObject({
      state: "partially-paid",
      paidCents: part,
    });

    const paidAt = new Date(Date.now() - 60_000);
    const second = await recordPayment(prisma, {
      invoiceId: invoice.id,
      amountCents: invoice.totalInclVatCents - part,
      method: "CARD",
      paidAt,
      recordedById: staff.id,
    });
    expect(second).toMatchObject({
      invoiceStatus: "PAID",
      orderStatus: "PAID",
      remainingCents: 0,
      openedElearningRegistrationIds: [registrationId],
    });

    const stored = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      select: {
        status: true,
        paidAt: true,
        invoices: { select: { status: true } },
        registrations: { select: { elearningAccessStartsAt: true } },
      },
    });
    expect(stored).toEqual({
      status: "PAID",
      paidAt,
      invoices: [{ status: "PAID" }],
      registrations: [{ elearningAccessStartsAt: paidAt }],
    });
    const after = await getSessionDetails(thomas, registrationId);
    expect(after?.elearning?.access.state).toBe("open");
    expect((await listMyOrders(thomas)).find((o) => o.id === order.id)?.status).toBe("PAID");

    const audit = await prisma.auditLog.findMany({
      where: {
        OR: [
          { entityType: "Payment", entityId: { in: [first.payment.id, second.payment.id] } },
          { entityType: "Order", entityId: order.id },
        ],
      },
      select: { action: true, actorUserId: true, data: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "order.paid",
      "payment.recorded",
      "payment.recorded",
    ]);
    expect(audit.every((a) => a.actorUserId === staff.id)).toBe(true);
    expect(audit.find((a) => a.action === "payment.recorded")?.data).toMatchObject({
      invoiceNumber: invoice.number,
      orderReference: order.reference,
    });

    await expect(
      recordPayment(prisma, {
        invoiceId: invoice.id,
        amountCents: 1,
        method: "CARD",
        paidAt: new Date(),
      }),
    ).rejects.toThrow("Cette facture est déjà entièrement réglée.");
  });

  it("stores one payment for retries with the same idempotency key, even at the same moment", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor(THOMAS);
    const { invoice } = await unpaidElearningOrder(thomas);
    const input = {
      invoiceId: invoice.id,
      amountCents: 1_000,
      method: "CHEQUE" as const,
      paidAt: new Date(Date.now() - 60_000),
      idempotencyKey: `test-${invoice.id}`,
    };
    const first = await recordPayment(prisma, input);
    const retry = await recordPayment(prisma, input);
    expect(retry.replayed).toBe(true);
    expect(retry.payment).toEqual(first.payment);

    const together = await Promise.all(
      Array.from({ length: 5 }, () =>
        recordPayment(prisma, { ...input, idempotencyKey: "same-moment" }),
      ),
    );
    expect(new Set(together.map((r) => r.payment.id)).size).toBe(1);
    expect(together.filter((r) => !r.replayed)).toHaveLength(1);

    const payments = await prisma.payment.findMany({ where: { invoiceId: invoice.id } });
    expect(payments).toHaveLength(2);
    expect(
      await prisma.auditLog.count({
        where: { action: "payment.recorded", entityId: { in: payments.map((p) => p.id) } },
      }),
    ).toBe(2);

    await expect(recordPayment(prisma, { ...input, amountCents: 2_000 })).rejects.toThrow(
      "Cette clé d'idempotence a déjà servi pour un autre règlement.",
    );
  });

  it("refuses zero, negative, over-payments, future dates, cancelled and unknown invoices, writing nothing", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor(THOMAS);
    const { invoice } = await unpaidElearningOrder(thomas);
    const base = {
      invoiceId: invoice.id,
      method: "BANK_TRANSFER" as const,
      paidAt: new Date(Date.now() - 60_000),
    };
    const refusal = async (input: Parameters<typeof recordPayment>[1]) => {
      const error = await recordPayment(prisma, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaymentRefusedError);
      return error as PaymentRefusedError;
    };

    const over = await refusal({ ...base, amountCents: invoice.totalInclVatCents + 1 });
    expect(over.field).toBe("amountCents");
    expect(over.message).toBe(
      `Le montant du règlement (${formatCents(invoice.totalInclVatCents + 1)}) dépasse le reste dû de la facture (${formatCents(invoice.totalInclVatCents)}).`,
    );
    expect((await refusal({ ...base, amountCents: 0 })).message).toMatch(/supérieur à 0,00 €/);
    expect((await refusal({ ...base, amountCents: -500 })).field).toBe("amountCents");
    expect((await refusal({ ...base, amountCents: 10.5 })).field).toBe("amountCents");
    expect(
      (await refusal({ ...base, amountCents: 100, paidAt: new Date(Date.now() + 2 * DAY) }))
        .message,
    ).toBe("La date du règlement ne peut pas être dans le futur.");
    expect((await refusal({ ...base, amountCents: 100, invoiceId: "nope" })).message).toBe(
      "Facture introuvable.",
    );
    expect((await refusal({ ...base, amountCents: 100, invoiceId: "a\u0000b" })).field).toBe(
      "invoiceId",
    );
    expect(await prisma.payment.count({ where: { invoiceId: invoice.id } })).toBe(0);

    // Two payments racing for the last euros: exactly one fits.
    const racing = await Promise.allSettled(
      [1, 2].map(() => recordPayment(prisma, { ...base, amountCents: invoice.totalInclVatCents })),
    );
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.payment.count({ where: { invoiceId: invoice.id } })).toBe(1);

    const cancelled = await prisma.invoice.findFirstOrThrow({
      where: { status: "CANCELLED" },
      select: { id: true },
    });
    expect((await refusal({ ...base, amountCents: 100, invoiceId: cancelled.id })).message).toMatch(
      /annulée/,
    );
  });
});

describe("invoice numbers", () => {
  async function crfc() {
    const prisma = await db();
    const org = await prisma.trainingOrganization.findFirstOrThrow({
      where: { name: "CRFC Centre-Est" },
      select: { id: true, orders: { select: { id: true }, take: 1 } },
    });
    return { prisma, organizationId: org.id, orderId: org.orders[0]!.id };
  }

  function issue(
    prisma: Awaited<ReturnType<typeof db>>,
    target: { organizationId: string; orderId: string },
    issuedAt: Date,
    fail = false,
  ) {
    return prisma.$transaction(
      async (tx) => {
        const allocated = await allocateInvoiceNumber(tx, {
          organizationId: target.organizationId,
          organizationCode: "20",
          issuedAt,
        });
        await tx.invoice.create({
          data: {
            number: allocated.number,
            organizationId: target.organizationId,
            orderId: target.orderId,
            issuedAt,
            dueAt: new Date(issuedAt.getTime() + 30 * DAY),
            buyerName: "Test",
            buyerAddress: "Test",
            totalExclVatCents: 0,
            totalVatCents: 0,
            totalInclVatCents: 0,
          },
        });
        if (fail) throw new Error("rolled back");
        return allocated;
      },
      { maxWait: 60_000, timeout: 30_000 },
    );
  }

  it("continues the seed's sequence: 20 parallel allocations give 20 distinct consecutive numbers", async () => {
    const target = await crfc();
    const { prisma } = target;
    const now = new Date();
    const year = parisYear(now);
    const sequence = await prisma.invoiceSequence.findUniqueOrThrow({
      where: { organizationId_year: { organizationId: target.organizationId, year } },
    });
    // The seed's last number this year is an invoice that exists: the format is the same.
    expect(
      await prisma.invoice.count({
        where: { number: formatInvoiceNumber("20", year, sequence.lastNumber) },
      }),
    ).toBe(1);

    const allocated = await Promise.all(
      Array.from({ length: 20 }, () => issue(prisma, target, now)),
    );
    const numbers = allocated.map((a) => a.sequence).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => sequence.lastNumber + 1 + i));
    expect(new Set(allocated.map((a) => a.number)).size).toBe(20);
    expect(allocated.every((a) => /^F\d{4}-20-\d{6}$/.test(a.number))).toBe(true);
    const after = await prisma.invoiceSequence.findUniqueOrThrow({
      where: { organizationId_year: { organizationId: target.organizationId, year } },
    });
    expect(after.lastNumber).toBe(sequence.lastNumber + 20);
  });

  it("gives a rolled-back invoice's number to the next one and starts each new year at 1", async () => {
    const target = await crfc();
    const { prisma } = target;
    const nextYear = new Date(Date.UTC(parisYear(new Date()) + 3, 0, 1, 8));
    await expect(issue(prisma, target, nextYear, true)).rejects.toThrow("rolled back");
    const first = await issue(prisma, target, nextYear);
    expect(first.sequence).toBe(1);
    expect(first.number).toBe(formatInvoiceNumber("20", parisYear(nextYear), 1));
    expect((await issue(prisma, target, nextYear)).sequence).toBe(2);
  });
});

describe("invoice PDF", () => {
  it("prints the legal mentions, the totals, the payments and what remains due", async () => {
    const claire = await participantViewerFor(CLAIRE);
    const { invoices } = await orderByReference("C20032300041");
    const invoice = (await getInvoiceDetails(myInvoiceScope(claire), invoices[0]!.id))!;
    const bytes = await renderInvoicePdf(invoice);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    for (const expected of [
      "FACTURE",
      `N° ${invoice.number}`,
      invoice.seller.legalName,
      formatSiret(invoice.seller.siret),
      invoice.seller.vatNumber!,
      invoice.seller.activityNumber!,
      invoice.buyer.name,
      invoice.order.reference,
      "Total HT",
      formatCents(invoice.totals.exclVat),
      "TVA 20 %",
      formatCents(invoice.totals.vat),
      "Total TTC",
      formatCents(invoice.totals.inclVat),
      "Date d'échéance",
      "40 €",
      "Pénalités de retard",
      "Escompte pour paiement anticipé : néant.",
      "Reste à payer",
      formatCents(0),
    ]) {
      expect(text, expected).toContain(expected);
    }
    const due = new Intl.DateTimeFormat("fr-FR", {
      timeZone: "Europe/Paris",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    }).format(invoice.dueAt);
    expect(text).toContain(`À régler au plus tard le ${due}.`);
  });

  it("prints the remaining amount of a partly paid invoice", async () => {
    const prisma = await db();
    const thomas = await participantViewerFor(THOMAS);
    const { invoice } = await unpaidElearningOrder(thomas);
    await recordPayment(prisma, {
      invoiceId: invoice.id,
      amountCents: 10_000,
      method: "CHEQUE",
      paidAt: new Date(Date.now() - DAY / 2),
      reference: "CHQ-0001234",
    });
    const details = (await getInvoiceDetails(myInvoiceScope(thomas), invoice.id))!;
    const text = await pdfText(await renderInvoicePdf(details));
    expect(text).toContain("Chèque");
    expect(text).toContain("CHQ-0001234");
    expect(text).toContain(formatCents(invoice.totalInclVatCents - 10_000));
  });
});
