"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import {
  coEndorseDocumentAction,
  endorseDocumentAction,
  requestCorrectionsAction,
  returnDocumentAction,
  validateDocumentAction,
} from "@/lib/internships/actions";
import type { EndorseInput, ReturnInput } from "@/lib/internships/schemas";

const endorseResolver = lazyZodResolver<EndorseInput>(
  async () => (await import("@/lib/internships/schemas")).endorseSchema,
);
const returnResolver = lazyZodResolver<ReturnInput>(
  async () => (await import("@/lib/internships/schemas")).returnSchema,
);

type Result = Awaited<ReturnType<typeof endorseDocumentAction>>;

function useReview<T extends { documentId: string; comment: string }>(
  documentId: string,
  resolver: ReturnType<typeof lazyZodResolver<T>>,
  action: (input: T) => Promise<Result>,
  done: string,
  onDone: (message: string) => void,
) {
  const form = useForm<T>({ resolver, defaultValues: { documentId, comment: "" } as never });
  const submit = form.handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      const message =
        result.fieldErrors.comment?.[0] ?? result.formError ?? "Enregistrement impossible.";
      form.setError("comment" as never, { message });
      return;
    }
    onDone(done);
  });
  return { form, submit };
}

type Decision<T extends { documentId: string; comment: string }> = {
  resolver: ReturnType<typeof lazyZodResolver<T>>;
  action: (input: T) => Promise<Result>;
  title: string;
  fieldId: string;
  fieldLabel: string;
  button: string;
  done: string;
};

/** Two decisions side by side: the one that moves the document on, and the one that sends it back. */
function TwoDecisions({
  documentId,
  approve,
  reject,
}: {
  documentId: string;
  approve: Decision<EndorseInput>;
  reject: Decision<ReturnInput>;
}) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const finish = (message: string) => {
    setStatus(message);
    router.refresh();
  };
  const forward = useReview(documentId, approve.resolver, approve.action, approve.done, finish);
  const back = useReview(documentId, reject.resolver, reject.action, reject.done, finish);
  useEffect(() => {
    void approve.resolver.preload();
  }, [approve.resolver]);
  const forms = [
    { decision: approve, review: forward, variant: "primary" as const },
    { decision: reject, review: back, variant: "secondary" as const },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {forms.map(({ decision, review, variant }) => {
        const error = review.form.formState.errors.comment?.message;
        return (
          <form
            key={decision.fieldId}
            onSubmit={review.submit}
            noValidate
            className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
          >
            <h3 className="font-semibold">{decision.title}</h3>
            <label htmlFor={decision.fieldId} className="text-sm font-medium">
              {decision.fieldLabel}
            </label>
            <textarea
              id={decision.fieldId}
              rows={4}
              maxLength={5000}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${decision.fieldId}-error` : undefined}
              className="rounded-md border border-slate-400 px-3 py-2"
              {...review.form.register("comment")}
            />
            {error ? (
              <p id={`${decision.fieldId}-error`} className="text-sm text-red-800">
                {error}
              </p>
            ) : null}
            <Button
              type="submit"
              variant={variant}
              size="md"
              pending={review.form.formState.isSubmitting}
              className="self-start"
            >
              {decision.button}
            </Button>
          </form>
        );
      })}
      <p role="status" className="text-sm text-green-800 md:col-span-2">
        {status}
      </p>
    </div>
  );
}

/** "Viser" with observations, or "Renvoyer au stagiaire" with the reason. */
export function ReviewForm({ documentId }: { documentId: string }) {
  return (
    <TwoDecisions
      documentId={documentId}
      approve={{
        resolver: endorseResolver,
        action: endorseDocumentAction,
        title: "Viser le document",
        fieldId: "visa-observations",
        fieldLabel: "Observations (facultatives)",
        button: "Viser",
        done: "Document visé.",
      }}
      reject={{
        resolver: returnResolver,
        action: returnDocumentAction,
        title: "Renvoyer au stagiaire",
        fieldId: "renvoi-raison",
        fieldLabel: "Raison du renvoi",
        button: "Renvoyer au stagiaire",
        done: "Document renvoyé au stagiaire.",
      }}
    />
  );
}

const correctionsResolver = lazyZodResolver<ReturnInput>(
  async () => (await import("@/lib/internships/schemas")).correctionsSchema,
);

/** The contrôleur's decision: "Valider" with observations, or "Demander des corrections". */
export function ControllerDecisionForm({ documentId }: { documentId: string }) {
  return (
    <TwoDecisions
      documentId={documentId}
      approve={{
        resolver: endorseResolver,
        action: validateDocumentAction,
        title: "Valider le document",
        fieldId: "validation-observations",
        fieldLabel: "Observations (facultatives)",
        button: "Valider",
        done: "Document validé.",
      }}
      reject={{
        resolver: correctionsResolver,
        action: requestCorrectionsAction,
        title: "Demander des corrections",
        fieldId: "corrections-demandees",
        fieldLabel: "Corrections demandées",
        button: "Demander des corrections",
        done: "Corrections demandées au stagiaire.",
      }}
    />
  );
}

/** The co-maître's visa of the CAC part, with observations. */
export function CoReviewForm({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const review = useReview(
    documentId,
    endorseResolver,
    coEndorseDocumentAction,
    "Partie commissariat aux comptes visée.",
    (message) => {
      setStatus(message);
      router.refresh();
    },
  );
  const error = review.form.formState.errors.comment?.message;
  return (
    <form
      onSubmit={review.submit}
      noValidate
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <h3 className="font-semibold">Viser la partie commissariat aux comptes</h3>
      <label htmlFor="co-visa-observations" className="text-sm font-medium">
        Observations du co-maître (facultatives)
      </label>
      <textarea
        id="co-visa-observations"
        rows={4}
        maxLength={5000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "co-visa-observations-error" : undefined}
        className="rounded-md border border-slate-400 px-3 py-2"
        {...review.form.register("comment")}
      />
      {error ? (
        <p id="co-visa-observations-error" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={review.form.formState.isSubmitting}
        className="self-start rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        Viser la partie CAC
      </button>
      <p role="status" className="text-sm text-green-800">
        {status}
      </p>
    </form>
  );
}
