import { Text, View } from "@react-pdf/renderer";
import { formatDate } from "@/lib/dates/paris";
import { documentFileName } from "@/lib/documents/file-name";
import { formatSiret } from "@/lib/documents/organization-identity";
import { A4Document, Field, Heading, renderPdf, styles, t } from "@/lib/documents/pdf-parts";
import { formatCents } from "@/lib/format/money";
import { formatVatRate } from "./amounts";
import type { InvoiceDetails } from "./invoice-details";
import { invoiceTerms } from "./invoice-terms";
import { INVOICE_STATE_LABELS, PAYMENT_METHOD_LABELS } from "./labels";

/**
 * The invoice as a PDF, with what French law asks an invoice to state
 * (CGI art. 242 nonies A, Code de commerce L441-9): unique sequential number,
 * issue date, seller (legal name, address, SIRET, VAT number) and buyer,
 * each line (description, quantity, unit price excl. VAT, VAT rate), VAT per
 * rate, totals, due date, late-payment penalties and the 40 € recovery
 * indemnity. As a training body it also prints its activity declaration
 * number. The page frame (header, legal footer) is lib/documents' one.
 */
const cols = { what: "46%", qty: "8%", unit: "17%", vat: "10%", total: "19%" };
const right = { textAlign: "right" as const };

function LinesTable({ invoice }: { invoice: InvoiceDetails }) {
  return (
    <View style={styles.table}>
      <View style={styles.tableHead} fixed>
        <Text style={[styles.cell, { width: cols.what }]}>Désignation</Text>
        <Text style={[styles.cell, right, { width: cols.qty }]}>Qté</Text>
        <Text style={[styles.cell, right, { width: cols.unit }]}>Prix unit. HT</Text>
        <Text style={[styles.cell, right, { width: cols.vat }]}>TVA</Text>
        <Text style={[styles.cell, right, { width: cols.total }]}>Total HT</Text>
      </View>
      {invoice.lines.map((line) => (
        <View key={line.position} style={styles.tableRow} wrap={false}>
          <Text style={[styles.cell, { width: cols.what }]}>{t(line.description)}</Text>
          <Text style={[styles.cell, right, { width: cols.qty }]}>{String(line.quantity)}</Text>
          <Text style={[styles.cell, right, { width: cols.unit }]}>
            {t(formatCents(line.unitPriceExclVatCents))}
          </Text>
          <Text style={[styles.cell, right, { width: cols.vat }]}>
            {t(formatVatRate(line.vatRateBasisPoints))}
          </Text>
          <Text style={[styles.cell, right, { width: cols.total }]}>
            {t(formatCents(line.totalExclVatCents))}
          </Text>
        </View>
      ))}
    </View>
  );
}

function AmountRow({ label, cents, strong }: { label: string; cents: number; strong?: boolean }) {
  return (
    <View style={[{ flexDirection: "row", paddingVertical: 1.5 }, strong ? styles.bold : {}]}>
      <Text style={{ flex: 1 }}>{t(label)}</Text>
      <Text style={right}>{t(formatCents(cents))}</Text>
    </View>
  );
}

function Totals({ invoice }: { invoice: InvoiceDetails }) {
  return (
    <View style={{ flexDirection: "row", justifyContent: "flex-end" }} wrap={false}>
      <View style={[styles.box, { width: 250 }]}>
        <AmountRow label="Total HT" cents={invoice.totals.exclVat} />
        {invoice.vatByRate.map((r) => (
          <AmountRow
            key={r.vatRateBasisPoints}
            label={`TVA ${formatVatRate(r.vatRateBasisPoints)} sur ${formatCents(r.exclVat)}`}
            cents={r.vat}
          />
        ))}
        {invoice.vatByRate.length > 1 ? (
          <AmountRow label="Total TVA" cents={invoice.totals.vat} />
        ) : null}
        <AmountRow label="Total TTC" cents={invoice.totals.inclVat} strong />
      </View>
    </View>
  );
}

function Payments({ invoice }: { invoice: InvoiceDetails }) {
  const w = { date: "20%", method: "25%", ref: "35%", amount: "20%" };
  return (
    <View wrap={false}>
      <Heading>Règlements reçus</Heading>
      {invoice.payments.length === 0 ? (
        <Text>Aucun règlement reçu à ce jour.</Text>
      ) : (
        <View style={styles.table}>
          <View style={styles.tableHead}>
            <Text style={[styles.cell, { width: w.date }]}>Date</Text>
            <Text style={[styles.cell, { width: w.method }]}>Mode</Text>
            <Text style={[styles.cell, { width: w.ref }]}>Référence</Text>
            <Text style={[styles.cell, right, { width: w.amount }]}>Montant</Text>
          </View>
          {invoice.payments.map((p) => (
            <View key={p.id} style={styles.tableRow}>
              <Text style={[styles.cell, { width: w.date }]}>{formatDate(p.paidAt)}</Text>
              <Text style={[styles.cell, { width: w.method }]}>
                {t(PAYMENT_METHOD_LABELS[p.method])}
              </Text>
              <Text style={[styles.cell, { width: w.ref }]}>{t(p.reference ?? "")}</Text>
              <Text style={[styles.cell, right, { width: w.amount }]}>
                {t(formatCents(p.amountCents))}
              </Text>
            </View>
          ))}
        </View>
      )}
      <View style={{ flexDirection: "row", justifyContent: "flex-end", marginTop: 4 }}>
        <View style={{ width: 250 }}>
          <AmountRow label="Total réglé" cents={invoice.paidCents} />
          <AmountRow label="Reste à payer" cents={invoice.remainingCents} strong />
        </View>
      </View>
    </View>
  );
}

export function InvoiceDocument({ invoice }: { invoice: InvoiceDetails }) {
  const { seller } = invoice;
  return (
    <A4Document title={`Facture ${invoice.number}`} organization={seller}>
      <Text style={styles.title}>FACTURE</Text>
      <Text style={styles.subtitle}>{t(`N° ${invoice.number}`)}</Text>
      {invoice.state === "cancelled" ? (
        <Text style={[styles.subtitle, styles.bold]}>{INVOICE_STATE_LABELS.cancelled}</Text>
      ) : null}

      <View style={{ flexDirection: "row" }}>
        <View style={{ flex: 1, paddingRight: 12 }}>
          <Text style={styles.bold}>Émetteur</Text>
          <Text>{t(seller.legalName)}</Text>
          {seller.addressLines.map((line) => (
            <Text key={line}>{t(line)}</Text>
          ))}
          <Text>{t(`SIRET : ${formatSiret(seller.siret)}`)}</Text>
          {seller.vatNumber ? (
            <Text>{t(`N° TVA intracommunautaire : ${seller.vatNumber}`)}</Text>
          ) : null}
          {seller.activityNumber ? (
            <Text>{t(`Déclaration d'activité n° ${seller.activityNumber}`)}</Text>
          ) : null}
        </View>
        <View style={[styles.box, { flex: 1, marginTop: 0 }]}>
          <Text style={styles.bold}>Client</Text>
          <Text>{t(invoice.buyer.name)}</Text>
          {invoice.buyer.addressLines.map((line) => (
            <Text key={line}>{t(line)}</Text>
          ))}
        </View>
      </View>

      <View style={{ marginTop: 10 }}>
        <Field label="Date d'émission :">{formatDate(invoice.issuedAt)}</Field>
        <Field label="Date d'échéance :">{formatDate(invoice.dueAt)}</Field>
        <Field label="Réf commande :">{invoice.order.reference}</Field>
        <Field label="Date de commande :">{formatDate(invoice.order.orderedAt)}</Field>
      </View>

      <Heading>Détail</Heading>
      <LinesTable invoice={invoice} />
      <View style={{ marginTop: 6 }}>
        <Totals invoice={invoice} />
      </View>

      <Payments invoice={invoice} />

      <View wrap={false}>
        <Heading>Conditions de paiement</Heading>
        <Text>{t(`À régler au plus tard le ${formatDate(invoice.dueAt)}.`)}</Text>
        {invoiceTerms(seller.paymentTerms).map((line) => (
          <Text key={line}>{t(line)}</Text>
        ))}
      </View>
    </A4Document>
  );
}

export function invoiceFileName(invoice: Pick<InvoiceDetails, "number">): string {
  return documentFileName(["Facture", invoice.number], "pdf");
}

export function renderInvoicePdf(invoice: InvoiceDetails): Promise<Buffer> {
  return renderPdf(<InvoiceDocument invoice={invoice} />);
}
