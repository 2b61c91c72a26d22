"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { answerQuestionAction } from "@/lib/organizations/actions";
import { answerQuestionSchema, type AnswerQuestionInput } from "@/lib/organizations/schemas";
import { AnswerField } from "@/components/elearning/answer-field";
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
      <AnswerField id={id} error={errors.answer?.message} field={register("answer")} />
      <Button type="submit" pending={isSubmitting} className="self-start">
        Répondre
      </Button>
    </form>
  );
}
