import { Text, View } from "@react-pdf/renderer";
import { INVOICE_STATE_LABELS } from "@/lib/billing/labels";
import type { InvoiceSummary } from "@/lib/billing/invoice-list";
import { formatDate } from "@/lib/dates/paris";
import { documentFileName } from "@/lib/documents/file-name";
import { A4Pages, renderPdf, styles, t } from "@/lib/documents/pdf-parts";
import { formatCents } from "@/lib/format/money";

/**
 * The monthly statement of a company's invoices: every invoice issued to it in
 * the month, from every organization, with what was paid and what remains due.
 * It is the firm's summary, issued by Parcours, not an invoice: the header is
 * the company's, and the footer says so.
 */
export type Statement = {
  companyName: string;
  periodLabel: string;
  issuedAt: Date;
  invoices: readonly InvoiceSummary[];
};

const cols = {
  number: "17%",
  date: "10%",
  organization: "21%",
  order: "14%",
  total: "13%",
  paid: "12%",
  due: "13%",
};
const right = { textAlign: "right" as const };

function totalsOf(invoices: readonly InvoiceSummary[]) {
  return invoices.reduce(
    (sum, i) => ({
      total: sum.total + (i.state === "cancelled" ? 0 : i.totalInclVatCents),
      paid: sum.paid + i.paidCents,
      due: sum.due + i.remainingCents,
    }),
    { total: 0, paid: 0, due: 0 },
  );
}

export function StatementDocument({ statement }: { statement: Statement }) {
  const totals = totalsOf(statement.invoices);
  const title = `Relevé de factures – ${statement.periodLabel}`;
  return (
    <A4Pages title={title}>
      <Text style={styles.title}>RELEVÉ DE FACTURES</Text>
      <Text style={styles.subtitle}>
        {t(`${statement.companyName} · ${statement.periodLabel}`)}
      </Text>
      {statement.invoices.length === 0 ? (
        <Text>{t("Aucune facture émise pour l'entreprise sur cette période.")}</Text>
      ) : (
        <View style={styles.table}>
          <View style={styles.tableHead} fixed>
            <Text style={[styles.cell, { width: cols.number }]}>Numéro</Text>
            <Text style={[styles.cell, { width: cols.date }]}>Date</Text>
            <Text style={[styles.cell, { width: cols.organization }]}>Organisme</Text>
            <Text style={[styles.cell, { width: cols.order }]}>Réf commande</Text>
            <Text style={[styles.cell, right, { width: cols.total }]}>Montant TTC</Text>
            <Text style={[styles.cell, right, { width: cols.paid }]}>Réglé</Text>
            <Text style={[styles.cell, right, { width: cols.due }]}>Reste dû</Text>
          </View>
          {statement.invoices.map((i) => (
            <View key={i.id} style={styles.tableRow} wrap={false}>
              <Text style={[styles.cell, { width: cols.number }]}>
                {t(i.number)}
                {i.state === "cancelled" ? t(`\n${INVOICE_STATE_LABELS.cancelled}`) : ""}
              </Text>
              <Text style={[styles.cell, { width: cols.date }]}>{formatDate(i.issuedAt)}</Text>
              <Text style={[styles.cell, { width: cols.organization }]}>
                {t(i.organizationName)}
              </Text>
              <Text style={[styles.cell, { width: cols.order }]}>{t(i.orderReference)}</Text>
              <Text style={[styles.cell, right, { width: cols.total }]}>
                {t(formatCents(i.totalInclVatCents))}
              </Text>
              <Text style={[styles.cell, right, { width: cols.paid }]}>
                {t(formatCents(i.paidCents))}
              </Text>
              <Text style={[styles.cell, right, { width: cols.due }]}>
                {t(formatCents(i.remainingCents))}
              </Text>
            </View>
          ))}
          <View style={[styles.tableRow, styles.bold]} wrap={false}>
            <Text style={[styles.cell, { width: "62%" }]}>
              {t(`Total (${statement.invoices.length} factures, hors factures annulées)`)}
            </Text>
            <Text style={[styles.cell, right, { width: cols.total }]}>
              {t(formatCents(totals.total))}
            </Text>
            <Text style={[styles.cell, right, { width: cols.paid }]}>
              {t(formatCents(totals.paid))}
            </Text>
            <Text style={[styles.cell, right, { width: cols.due }]}>
              {t(formatCents(totals.due))}
            </Text>
          </View>
        </View>
      )}
      <Text style={styles.footer} fixed>
        {t(
          `Relevé établi le ${formatDate(statement.issuedAt)} par Parcours. Il récapitule les factures des organismes de formation et ne les remplace pas.`,
        )}
      </Text>
    </A4Pages>
  );
}

export function statementFileName(statement: Pick<Statement, "companyName" | "periodLabel">) {
  return documentFileName(
    ["Relevé de factures", statement.companyName, statement.periodLabel],
    "pdf",
  );
}

export function renderStatementPdf(statement: Statement): Promise<Buffer> {
  return renderPdf(<StatementDocument statement={statement} />);
}
