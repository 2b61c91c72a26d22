"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import {
  coEndorseDocumentAction,
  endorseDocumentAction,
  returnDocumentAction,
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

/** "Viser" with observations, or "Renvoyer au stagiaire" with the reason. */
export function ReviewForm({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const finish = (message: string) => {
    setStatus(message);
    router.refresh();
  };
  const endorse = useReview(
    documentId,
    endorseResolver,
    endorseDocumentAction,
    "Document visé.",
    finish,
  );
  const giveBack = useReview(
    documentId,
    returnResolver,
    returnDocumentAction,
    "Document renvoyé au stagiaire.",
    finish,
  );
  useEffect(() => {
    void endorseResolver.preload();
  }, []);
  const endorseError = endorse.form.formState.errors.comment?.message;
  const returnError = giveBack.form.formState.errors.comment?.message;

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form
        onSubmit={endorse.submit}
        noValidate
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <h3 className="font-semibold">Viser le document</h3>
        <label htmlFor="visa-observations" className="text-sm font-medium">
          Observations (facultatives)
        </label>
        <textarea
          id="visa-observations"
          rows={4}
          maxLength={5000}
          aria-invalid={endorseError ? true : undefined}
          aria-describedby={endorseError ? "visa-observations-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2"
          {...endorse.form.register("comment")}
        />
        {endorseError ? (
          <p id="visa-observations-error" className="text-sm text-red-800">
            {endorseError}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={endorse.form.formState.isSubmitting}
          className="self-start rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          Viser
        </button>
      </form>
      <form
        onSubmit={giveBack.submit}
        noValidate
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <h3 className="font-semibold">Renvoyer au stagiaire</h3>
        <label htmlFor="renvoi-raison" className="text-sm font-medium">
          Raison du renvoi
        </label>
        <textarea
          id="renvoi-raison"
          rows={4}
          maxLength={5000}
          aria-invalid={returnError ? true : undefined}
          aria-describedby={returnError ? "renvoi-raison-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2"
          {...giveBack.form.register("comment")}
        />
        {returnError ? (
          <p id="renvoi-raison-error" className="text-sm text-red-800">
            {returnError}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={giveBack.form.formState.isSubmitting}
          className="self-start rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
        >
          Renvoyer au stagiaire
        </button>
      </form>
      <p role="status" className="text-sm text-green-800 md:col-span-2">
        {status}
      </p>
    </div>
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
