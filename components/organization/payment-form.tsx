"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { recordPaymentAction } from "@/lib/organizations/actions";
import { paymentSchema, type PaymentInput } from "@/lib/organizations/schemas";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";

const METHODS = {
  BANK_TRANSFER: "Virement",
  CARD: "Carte",
  CHEQUE: "Chèque",
  DIRECT_DEBIT: "Prélèvement",
} as const;

/** Records a règlement; the idempotency key makes a double submission store one payment. */
export function PaymentForm({ invoiceId, today }: { invoiceId: string; today: string }) {
  const [key] = useState(() => crypto.randomUUID());
  const { status, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PaymentInput>({
    resolver: zodResolver(paymentSchema),
    defaultValues: {
      invoiceId,
      amount: "",
      method: "BANK_TRANSFER",
      paidAt: today,
      reference: "",
      idempotencyKey: key,
    },
  });
  const onValid = async (values: PaymentInput) => {
    settle(await recordPaymentAction(values));
  };
  const cls = "rounded-md border border-slate-400 px-2 py-1";
  const p = `pay-${invoiceId}`;
  return (
    <form
      noValidate
      onSubmit={handleSubmit(onValid)}
      className="flex flex-wrap items-end gap-2 text-sm"
    >
      <input type="hidden" {...register("invoiceId")} />
      <input type="hidden" {...register("idempotencyKey")} />
      <label htmlFor={`${p}-amount`} className="flex flex-col">
        Montant (€)
        <input
          id={`${p}-amount`}
          inputMode="decimal"
          className={`${cls} w-28`}
          aria-invalid={errors.amount ? true : undefined}
          {...register("amount")}
        />
      </label>
      <label htmlFor={`${p}-method`} className="flex flex-col">
        Mode
        <select id={`${p}-method`} className={cls} {...register("method")}>
          {Object.entries(METHODS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${p}-date`} className="flex flex-col">
        Date
        <input id={`${p}-date`} type="date" className={cls} {...register("paidAt")} />
      </label>
      <label htmlFor={`${p}-ref`} className="flex flex-col">
        Référence
        <input id={`${p}-ref`} className={`${cls} w-32`} {...register("reference")} />
      </label>
      <Button type="submit" pending={isSubmitting}>
        Enregistrer
      </Button>
      <p role="status" className={status || errors.amount ? "w-full text-red-800" : "sr-only"}>
        <span className={status?.ok ? "text-green-800" : ""}>
          {errors.amount?.message ?? status?.text ?? ""}
        </span>
      </p>
    </form>
  );
}
