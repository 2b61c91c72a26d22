"use client";

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { askQuestionAction } from "@/lib/elearning/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { AskQuestionInput } from "@/lib/elearning/schemas";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorProps } from "@/components/ui/field-error";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Poser une question sur le module e-learning": the same schema checks here and on the server. */
// The schema (and zod) load after the page, see lazyZodResolver.
const resolver = lazyZodResolver<AskQuestionInput>(async () => {
  return (await import("@/lib/elearning/schemas")).askQuestionSchema;
});

export function QuestionForm({ registrationId }: { registrationId: string }) {
  const { status, settle } = useActionForm({ failure: "Envoi impossible." });
  const { register, handleSubmit, reset, setError, formState } = useForm<AskQuestionInput>({
    resolver,
    defaultValues: { registrationId, body: "" },
  });
  const { errors, isSubmitting } = formState;

  useEffect(() => {
    void resolver.preload();
  }, []);

  const onSubmit = async (values: AskQuestionInput) => {
    const result = await askQuestionAction(values);
    if (!result.ok) {
      const fieldError = result.fieldErrors.body?.[0];
      setError("body", { message: fieldError ?? result.formError ?? "Envoi impossible." });
      return;
    }
    reset({ registrationId, body: "" });
    settle(result, () => "Votre question a été envoyée au formateur.");
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-2">
      <input type="hidden" {...register("registrationId")} />
      <label htmlFor="question-body" className="text-sm font-medium">
        Votre question
      </label>
      <textarea
        id="question-body"
        rows={4}
        maxLength={2000}
        {...fieldErrorProps("question-body-error", errors.body)}
        className="rounded-md border border-slate-400 px-3 py-2"
        {...register("body")}
      />
      <FieldError id="question-body-error" error={errors.body} />
      <Button variant="secondary" type="submit" pending={isSubmitting} className="self-start">
        Envoyer ma question
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
