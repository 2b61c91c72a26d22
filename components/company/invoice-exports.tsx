import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-link";

const input = "rounded-md border border-slate-400 px-3 py-1.5";

/**
 * The firm's accounting exports: the invoices of a period as CSV, and the
 * monthly statement as PDF. Plain GET forms: the file downloads without script.
 */
export function InvoiceExports({
  base,
  defaults,
}: {
  base: string;
  defaults: { from: string; to: string; month: string };
}) {
  return (
    <section
      aria-labelledby="exports-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="exports-title" className="text-lg font-semibold">
        Exports pour la comptabilité
      </h2>
      <form method="get" action={`${base}/export`} className="flex flex-wrap items-end gap-2">
        <Field htmlFor="export-du" label="Factures émises du">
          <input
            id="export-du"
            name="du"
            type="date"
            required
            defaultValue={defaults.from}
            className={input}
          />
        </Field>
        <Field htmlFor="export-au" label="au">
          <input
            id="export-au"
            name="au"
            type="date"
            required
            defaultValue={defaults.to}
            className={input}
          />
        </Field>
        <button type="submit" className={buttonClass()}>
          Exporter les factures (CSV)
        </button>
      </form>
      <form method="get" action={`${base}/releve`} className="flex flex-wrap items-end gap-2">
        <Field htmlFor="releve-mois" label="Mois (AAAA-MM)">
          <input
            id="releve-mois"
            name="mois"
            type="month"
            required
            pattern="[0-9]{4}-[0-9]{2}"
            defaultValue={defaults.month}
            className={input}
          />
        </Field>
        <button type="submit" className={buttonClass()}>
          Relevé mensuel (PDF)
        </button>
      </form>
    </section>
  );
}
