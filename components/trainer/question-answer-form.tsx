"use client";

import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { AnswerField } from "@/components/elearning/answer-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { answerTrainerQuestionAction, closeTrainerQuestionAction } from "@/lib/trainers/actions";
import type { TrainerAnswerInput } from "@/lib/trainers/schemas";

const resolver = lazyZodResolver<TrainerAnswerInput>(
  async () => (await import("@/lib/trainers/schemas")).trainerAnswerSchema,
);

/** "Répondre" to a participant's question, closing it at once unless the box is unticked. */
export function QuestionAnswerForm({ questionId, asker }: { questionId: string; asker: string }) {
  const { status, settle } = useActionForm({ failure: "Envoi impossible." });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TrainerAnswerInput>({
    resolver,
    defaultValues: { questionId, answer: "", close: true },
  });
  const onValid = async (values: TrainerAnswerInput) => {
    const result = await answerTrainerQuestionAction(values);
    if (!result.ok && result.fieldErrors.answer?.[0]) {
      setError("answer", { message: result.fieldErrors.answer[0] });
      return;
    }
    if (settle(result)) reset({ questionId, answer: "", close: values.close });
  };
  const id = `answer-${questionId}`;
  return (
    <form
      noValidate
      onSubmit={handleSubmit(onValid)}
      className="flex flex-col gap-2"
      aria-label={`Répondre à ${asker}`}
    >
      <input type="hidden" {...register("questionId")} />
      <AnswerField id={id} error={errors.answer?.message} field={register("answer")} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4 accent-brand-700" {...register("close")} />
        Clore la question après cette réponse
      </label>
      <Button type="submit" pending={isSubmitting} className="self-start">
        Répondre
      </Button>
      <FormStatus status={status} />
    </form>
  );
}

/** "Clore la question": for an answered question still open. */
export function CloseQuestionButton({ questionId }: { questionId: string }) {
  const { status, pending, run } = useActionForm({ failure: "Clôture impossible." });
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        className="self-start"
        onClick={() => run(() => closeTrainerQuestionAction({ questionId }))}
      >
        Clore la question
      </Button>
      <FormStatus status={status} />
    </div>
  );
}
