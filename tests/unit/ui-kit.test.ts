import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InvoicesTable } from "@/components/billing/invoices-table";
import { OrdersTable } from "@/components/billing/orders-table";
import { Button } from "@/components/ui/button";
import { FormMessage, FormStatus } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { failureMessage } from "@/components/ui/use-action-form";

/** The UI kit's promises that pages and Playwright's role queries rely on. */

const html = (element: React.ReactElement) => renderToStaticMarkup(element);

describe("Button", () => {
  it("is a plain button unless a form asks for submit, and keeps its label while pending", () => {
    expect(html(h(Button, null, "Enregistrer"))).toMatch(/^<button type="button"/);
    const pending = html(h(Button, { type: "submit", pending: true }, "Enregistrer"));
    expect(pending).toContain('type="submit"');
    expect(pending).toContain('disabled=""');
    expect(pending).toContain('aria-busy="true"');
    expect(pending).toContain(">Enregistrer</button>");
    // Not disabled unless told, once React runs it (tests/unit/button-hydration.test.ts).
    expect(html(h(Button, { native: true }, "Enregistrer"))).not.toContain("disabled=");
  });

  it("has the look of its variant", () => {
    expect(html(h(Button, { variant: "danger" }, "Supprimer"))).toContain("bg-red-700");
    expect(html(h(Button, { variant: "secondary" }, "Ajouter"))).toContain("border-brand-700");
  });
});

describe("PageHeader", () => {
  it("gives the page its one h1, with the back link, the badge and the description", () => {
    const out = html(
      h(
        PageHeader,
        {
          title: "Facture F-1",
          titleId: "t",
          back: { href: "/factures", label: "Factures" },
          badge: h("span", null, "Payée"),
        },
        h("p", null, "Émise le 01/03/2026"),
      ),
    );
    expect(out.match(/<h1/g)).toHaveLength(1);
    expect(out).toContain('<h1 id="t"');
    expect(out).toContain(">Facture F-1</h1><span>Payée</span>");
    expect(out).toContain('href="/factures"');
    expect(out).toContain("Émise le 01/03/2026");
  });

  it("is the h1 alone when there is nothing else", () => {
    expect(html(h(PageHeader, { title: "Commandes" }))).toMatch(/^<h1[^>]*>Commandes<\/h1>$/);
  });
});

describe("FormStatus and FormMessage", () => {
  it("stay in the page, hidden while empty, so that screen readers announce what comes", () => {
    expect(html(h(FormStatus, { status: null }))).toBe('<p role="status" class="sr-only"></p>');
    const error = html(h(FormStatus, { status: { ok: false, text: "Montant invalide." } }));
    expect(error).toContain("text-red-800");
    expect(error).toContain(">Montant invalide.</p>");
    expect(html(h(FormStatus, { status: { ok: true, text: "Enregistré." } }))).toContain(
      "text-green-800",
    );
    expect(html(h(FormMessage, { tone: "error", id: "e" }, null))).toBe(
      '<div role="alert" id="e" class="sr-only"></div>',
    );
    expect(html(h(FormMessage, { tone: "success" }, "Envoyé."))).toMatch(
      /^<div role="status" class="[^"]*bg-green-50[^"]*">Envoyé\.<\/div>$/,
    );
  });

  it("say a failed action's first field error, else its form error, else the fallback", () => {
    const failed = (fieldErrors: Record<string, string[]>, formError?: string) => ({
      ok: false as const,
      fieldErrors,
      formError,
    });
    expect(failureMessage(failed({ amount: ["Montant invalide."] }, "Invalide."), "x")).toBe(
      "Montant invalide.",
    );
    expect(failureMessage(failed({}, "Élément introuvable."), "x")).toBe("Élément introuvable.");
    expect(failureMessage(failed({}), "Enregistrement impossible.")).toBe(
      "Enregistrement impossible.",
    );
  });
});

describe("InvoicesTable and OrdersTable", () => {
  // Every field an invoice column may read (createElement does not narrow the columns' type).
  const invoice = {
    id: "inv-1",
    number: "F-2026-0001",
    issuedAt: new Date("2026-03-02T10:00:00Z"),
    dueAt: new Date("2026-04-01T10:00:00Z"),
    orderId: "ord-1",
    orderReference: "C-1",
    buyerName: "Cabinet Delorme",
    organizationName: "CRFC Centre-Est",
    paidCents: 100000,
    totalInclVatCents: 120000,
    remainingCents: 20000,
    state: "partially-paid" as const,
  };

  it("shows the columns a space chooses, in its order, with its links and headers", () => {
    const participant = html(
      h(InvoicesTable, {
        caption: "Mes factures",
        empty: "Aucune facture.",
        rows: [invoice],
        columns: ["number", "issuedAt", "order", "remaining", "state"],
        invoiceHref: (id: string) => `/factures/${id}`,
        orderHref: (id: string) => `/commandes/${id}`,
      }),
    );
    const headers = [...participant.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(["Numéro", "Date", "Réf commande", "Reste dû", "Statut"]);
    expect(participant).toContain('href="/factures/inv-1"');
    expect(participant).toContain('href="/commandes/ord-1"');
    expect(participant).toContain("02/03/2026");
    expect(participant).toContain('<caption class="sr-only">Mes factures</caption>');

    const staff = html(
      h(InvoicesTable, {
        caption: "Factures émises non soldées",
        empty: "Aucune facture.",
        rows: [invoice],
        columns: ["number", "buyer"],
        headers: { number: "Facture" },
        action: { header: "Règlement", cell: () => h("form", null) },
      }),
    );
    expect([...staff.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      "Facture",
      "Client",
      "Règlement",
    ]);
    expect(staff).not.toContain("href=");
  });

  it("says when there is nothing to list", () => {
    expect(
      html(
        h(OrdersTable, {
          caption: "Mes commandes",
          empty: "Aucune commande.",
          rows: [],
          columns: ["reference"],
        }),
      ),
    ).toBe('<p class="text-ink-muted">Aucune commande.</p>');
  });
});
