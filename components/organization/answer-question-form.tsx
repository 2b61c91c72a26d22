"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { answerQuestionAction } from "@/lib/organizations/actions";
import { answerQuestionSchema, type AnswerQuestionInput } from "@/lib/organizations/schemas";
import { Button } from "@/components/ui/button";

export function AnswerQuestionForm({ questionId }: { questionId: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AnswerQuestionInput>({
    resolver: zodResolver(answerQuestionSchema),
    defaultValues: { questionId, answer: "" },
  });
  const onValid = async (values: AnswerQuestionInput) => {
    const result = await answerQuestionAction(values);
    if (!result.ok) {
      setError("answer", {
        message: result.fieldErrors.answer?.[0] ?? result.formError ?? "Envoi impossible.",
      });
      return;
    }
    router.refresh();
  };
  const id = `answer-${questionId}`;
  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-2">
      <input type="hidden" {...register("questionId")} />
      <label htmlFor={id} className="text-sm font-medium">
        Votre réponse
      </label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={errors.answer ? true : undefined}
        aria-describedby={errors.answer ? `${id}-error` : undefined}
        className="rounded-md border border-slate-400 px-3 py-2"
        {...register("answer")}
      />
      {errors.answer ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.answer.message}
        </p>
      ) : null}
      <Button type="submit" pending={isSubmitting} className="self-start">
        Répondre
      </Button>
    </form>
  );
}
