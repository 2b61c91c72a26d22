"use server";

import { revalidatePath } from "next/cache";
import { ActionNotFound, authenticatedAction } from "@/lib/actions/action-client";
import { failure } from "@/lib/actions/result";
import { answerElearningQuestion, recordStaffPayment } from "@/lib/organizations/back-office";
import { amountToCents, answerQuestionSchema, paymentSchema } from "@/lib/organizations/schemas";

export const answerQuestionAction = authenticatedAction(
  answerQuestionSchema,
  async (input, viewer) => {
    if (!(await answerElearningQuestion(viewer, input))) throw new ActionNotFound();
    revalidatePath("/organisme/questions");
    return { ok: true, data: "Réponse envoyée au participant." };
  },
);

export const recordPaymentAction = authenticatedAction(paymentSchema, async (input, viewer) => {
  const result = await recordStaffPayment(viewer, {
    invoiceId: input.invoiceId,
    amountCents: amountToCents(input.amount),
    method: input.method,
    // Noon in Paris keeps the chosen calendar day whatever the offset.
    paidAt: new Date(`${input.paidAt}T12:00:00+01:00`),
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
  });
  if (!result) throw new ActionNotFound();
  if (!result.ok) {
    const field = result.field === "amountCents" ? "amount" : result.field;
    return failure(result.message, { [field]: [result.message] });
  }
  revalidatePath("/organisme/factures");
  return {
    ok: true,
    data: result.replayed ? "Ce règlement était déjà enregistré." : "Règlement enregistré.",
  };
});
