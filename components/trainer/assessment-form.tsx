"use client";

import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { trainerAssessmentAction } from "@/lib/trainers/actions";
import {
  ASSESSMENT_RATINGS,
  ASSESSMENT_REMARKS,
  RATING_SCALE_HINT,
} from "@/lib/trainers/assessment-questions";
import type { TrainerAssessmentFormValues } from "@/lib/trainers/schemas";

const resolver = lazyZodResolver<TrainerAssessmentFormValues>(
  async () => (await import("@/lib/trainers/schemas")).trainerAssessmentSchema,
);

const choice =
  "flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

/** "Mon évaluation de la session": three ratings and two free texts, sent once. */
export function AssessmentForm({ sessionId }: { sessionId: string }) {
  const { status, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TrainerAssessmentFormValues>({
    resolver,
    defaultValues: { sessionId, strengths: "", improvements: "" },
  });
  const onValid = async (values: TrainerAssessmentFormValues) => {
    const result = await trainerAssessmentAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (messages?.[0]) {
          setError(field as keyof TrainerAssessmentFormValues, { message: messages[0] });
        }
      }
    }
    settle(result);
  };
  return (
    <form
      noValidate
      onSubmit={handleSubmit(onValid)}
      className="flex flex-col gap-4"
      aria-labelledby="assessment-title"
    >
      <input type="hidden" {...register("sessionId")} />
      {ASSESSMENT_RATINGS.map((q, index) => {
        const error = errors[q.name]?.message;
        const hintId = `${q.name}-hint`;
        const errorId = `${q.name}-error`;
        return (
          <fieldset
            key={q.name}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            className={`flex flex-col gap-2 rounded-lg border bg-white p-4 ${error ? "border-red-700" : "border-slate-200"}`}
          >
            <legend id={`${q.name}-legend`} className="mb-1 font-semibold">
              {index + 1}. {q.label}
            </legend>
            <p id={hintId} className="text-sm text-ink-muted">
              {RATING_SCALE_HINT}
            </p>
            <div
              role="radiogroup"
              aria-labelledby={`${q.name}-legend`}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              aria-invalid={error ? true : undefined}
              className="flex flex-wrap gap-2"
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className={choice}>
                  <input
                    type="radio"
                    value={String(n)}
                    className="h-5 w-5 accent-brand-700"
                    {...register(q.name)}
                  />
                  {n}
                </label>
              ))}
            </div>
            {error ? (
              <p id={errorId} className="text-sm font-medium text-red-800">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {ASSESSMENT_REMARKS.map((q) => {
        const error = errors[q.name]?.message;
        return (
          <div key={q.name} className="flex flex-col gap-1">
            <label htmlFor={q.name} className="font-semibold">
              {q.label} <span className="font-normal text-ink-muted">(facultatif)</span>
            </label>
            <textarea
              id={q.name}
              rows={4}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${q.name}-error` : undefined}
              className="rounded-md border border-slate-400 px-3 py-2"
              {...register(q.name)}
            />
            {error ? (
              <p id={`${q.name}-error`} className="text-sm text-red-800">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button type="submit" pending={isSubmitting} className="self-start">
        Envoyer mon évaluation
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
