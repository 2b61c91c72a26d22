import { describe, expect, it } from "vitest";
import {
  invoiceState,
  paymentAmountRefusal,
  paymentDateRefusal,
  remainingDueCents,
} from "./payment-rules";

const now = new Date("2026-11-27T10:00:00Z");

describe("what remains due", () => {
  it("subtracts the payments from the total including VAT", () => {
    expect(remainingDueCents(120_000, [])).toBe(120_000);
    expect(remainingDueCents(120_000, [{ amountCents: 50_000 }, { amountCents: 20_000 }])).toBe(
      50_000,
    );
    expect(remainingDueCents(120_000, [{ amountCents: 120_000 }])).toBe(0);
  });

  it("never goes below zero", () => {
    expect(remainingDueCents(100, [{ amountCents: 150 }])).toBe(0);
  });
});

describe("payment amounts", () => {
  it("accepts a part or all of what remains", () => {
    expect(paymentAmountRefusal(1, 50_000)).toBeNull();
    expect(paymentAmountRefusal(50_000, 50_000)).toBeNull();
  });

  it("refuses zero, negative and fractional cents", () => {
    expect(paymentAmountRefusal(0, 50_000)).toBe(
      "Le montant du règlement doit être supérieur à 0,00 €.",
    );
    expect(paymentAmountRefusal(-100, 50_000)).toMatch(/supérieur à 0,00 €/);
    expect(paymentAmountRefusal(10.5, 50_000)).toMatch(/nombre entier de centimes/);
    expect(paymentAmountRefusal(Number.NaN, 50_000)).toMatch(/nombre entier de centimes/);
  });

  it("refuses more than what remains, saying both amounts", () => {
    expect(paymentAmountRefusal(50_001, 50_000)).toBe(
      "Le montant du règlement (500,01 €) dépasse le reste dû de la facture (500,00 €).",
    );
    expect(paymentAmountRefusal(1, 0)).toBe("Cette facture est déjà entièrement réglée.");
  });
});

describe("payment dates", () => {
  it("accepts today and the past, refuses the future and invalid dates", () => {
    expect(paymentDateRefusal(now, now)).toBeNull();
    expect(paymentDateRefusal(new Date("2026-01-02T00:00:00Z"), now)).toBeNull();
    expect(paymentDateRefusal(new Date("2026-11-28T10:00:00Z"), now)).toMatch(/futur/);
    expect(paymentDateRefusal(new Date("invalid"), now)).toMatch(/invalide/);
  });
});

describe("invoice state as the participant reads it", () => {
  const invoice = {
    status: "ISSUED" as const,
    dueAt: new Date("2026-12-01T10:00:00Z"),
    totalInclVatCents: 120_000,
  };

  it("is due, then partially paid, then paid", () => {
    expect(invoiceState(invoice, 0, now)).toBe("due");
    expect(invoiceState(invoice, 1, now)).toBe("partially-paid");
    expect(invoiceState(invoice, 120_000, now)).toBe("paid");
    expect(invoiceState({ ...invoice, status: "PAID" }, 0, now)).toBe("paid");
  });

  it("is overdue after its due date, and cancelled whatever was paid", () => {
    expect(invoiceState(invoice, 5_000, new Date("2026-12-02T00:00:00Z"))).toBe("overdue");
    expect(invoiceState({ ...invoice, status: "CANCELLED" }, 120_000, now)).toBe("cancelled");
  });
});
