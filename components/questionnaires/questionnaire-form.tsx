"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/dates/paris";
import { formValueOf } from "@/lib/questionnaires/answers";
import { saveQuestionnaireDraft, submitQuestionnaire } from "@/lib/responses/actions";
import type { QuestionnaireSlug } from "@/lib/questionnaires/kinds";
import type {
  AnswerValue,
  PublicQuestion,
  QuestionnaireFormValues,
} from "@/lib/questionnaires/question-shapes";
import { fieldErrorsOf } from "@/lib/actions/result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { questionAnchor, QuestionField } from "./question-field";
import { Button } from "@/components/ui/button";

type Props = {
  registrationId: string;
  kind: QuestionnaireSlug;
  questions: PublicQuestion[];
  scored: boolean;
  draft: { answers: Record<string, AnswerValue>; savedAt: Date } | null;
};

// The schema module (and zod) load after the page, see lazyZodResolver.
const loadSchemas = () => import("@/lib/questionnaires/schemas");

function messageOf(errors: FieldErrors<QuestionnaireFormValues>, questionId: string) {
  const answers = errors.answers as Record<string, { message?: string } | undefined> | undefined;
  return answers?.[questionId]?.message;
}

/**
 * The questionnaire form. The same schema as the server checks the answers
 * here first (required answers on submission only: a draft may be partial);
 * the server checks them again, computes the score, and its field errors come
 * back on the same questions. Sending is final, so it asks for a confirmation.
 */
export function QuestionnaireForm({ registrationId, kind, questions, scored, draft }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const resolver = useMemo(
    () =>
      lazyZodResolver<QuestionnaireFormValues>(
        async () => (await loadSchemas()).buildQuestionnaireSchema(questions, "submit"),
        { raw: true },
      ),
    [questions],
  );
  useEffect(() => {
    void resolver.preload();
  }, [resolver]);
  const {
    control,
    register,
    handleSubmit,
    getValues,
    setError,
    clearErrors,
    setFocus,
    formState: { errors },
  } = useForm<QuestionnaireFormValues, unknown, QuestionnaireFormValues>({
    resolver,
    defaultValues: {
      answers:
        draft?.answers ??
        Object.fromEntries(questions.map((q) => [q.id, formValueOf(q, undefined)])),
    },
  });
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(
    draft ? `Brouillon enregistré le ${formatDateTime(draft.savedAt)}.` : null,
  );
  const confirmRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const backToAnswers = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  // Keyboard users keep their place: the confirmation takes the focus, and
  // "Revenir à mes réponses" gives it back to the button that opened it.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (backToAnswers.current) submitRef.current?.focus();
    backToAnswers.current = false;
  }, [confirming]);

  const invalid = questions.filter((q) => messageOf(errors, q.id));

  /** Puts the server's (or the draft check's) errors on their questions. */
  function showErrors(fieldErrors: Record<string, string[]>, message: string | undefined) {
    let first: string | null = null;
    for (const question of questions) {
      const text = fieldErrors[`answers.${question.id}`]?.[0];
      if (!text) continue;
      setError(`answers.${question.id}`, { type: "server", message: text });
      first ??= question.id;
    }
    setFormError(message ?? null);
    if (first) setFocus(`answers.${first}`);
    else summaryRef.current?.focus();
  }

  function failed(result: Extract<ActionResult<unknown>, { ok: false }>) {
    setConfirming(false);
    showErrors(result.fieldErrors, result.formError);
  }

  async function saveDraft() {
    clearErrors();
    setFormError(null);
    setStatus(null);
    const values = getValues();
    const { buildQuestionnaireSchema } = await loadSchemas();
    const checked = buildQuestionnaireSchema(questions, "draft").safeParse(values);
    if (!checked.success) {
      showErrors(
        fieldErrorsOf(checked.error),
        "Certaines réponses sont à corriger avant d'enregistrer le brouillon.",
      );
      return;
    }
    setPending(true);
    const result = await saveQuestionnaireDraft({ registrationId, kind, answers: values.answers });
    setPending(false);
    if (!result.ok) return failed(result);
    setStatus(
      `Brouillon enregistré le ${formatDateTime(result.data.savedAt)}. Vous pourrez revenir plus tard pour terminer et envoyer vos réponses.`,
    );
  }

  async function send() {
    setPending(true);
    setFormError(null);
    const result = await submitQuestionnaire({
      registrationId,
      kind,
      answers: getValues().answers,
    });
    if (!result.ok) {
      setPending(false);
      return failed(result);
    }
    // The page shows the result (and the score) from the database from now on.
    router.replace(`${pathname}?envoye=1`);
  }

  const summary =
    invalid.length > 0 || formError ? (
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className="flex flex-col gap-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      >
        <p className="font-semibold">
          {formError ??
            (invalid.length > 1
              ? `${invalid.length} réponses sont à compléter ou à corriger :`
              : "Une réponse est à compléter ou à corriger :")}
        </p>
        {invalid.length > 0 ? (
          <ul className="list-disc pl-5">
            {invalid.map((q) => (
              <li key={q.id}>
                <a
                  href={`#${questionAnchor(q.id)}`}
                  className="underline"
                  onClick={(event) => {
                    event.preventDefault();
                    setFocus(`answers.${q.id}`);
                  }}
                >
                  Question {questions.indexOf(q) + 1} : {messageOf(errors, q.id)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    ) : null;

  return (
    <form
      noValidate
      aria-label="Vos réponses"
      onSubmit={handleSubmit(
        () => {
          setFormError(null);
          setConfirming(true);
        },
        () => {
          setConfirming(false);
          setFormError(null);
        },
      )}
      className="flex flex-col gap-4"
    >
      <p className="text-sm">
        Toutes les questions sont obligatoires, sauf celles marquées « facultatif ». Vous pouvez
        enregistrer un brouillon et revenir plus tard ; l&apos;envoi est définitif.
      </p>
      {summary}
      <ol className="flex flex-col gap-4">
        {questions.map((question, i) => (
          <li key={question.id}>
            <QuestionField
              question={question}
              number={i + 1}
              scored={scored}
              error={messageOf(errors, question.id)}
              control={control}
              register={register}
            />
          </li>
        ))}
      </ol>
      <p role="status" className="text-sm text-green-800">
        {status}
      </p>
      {confirming ? (
        <div
          role="group"
          aria-labelledby="confirmation-title"
          className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4"
        >
          <p id="confirmation-title" className="font-semibold">
            Envoyer vos réponses ? Vous ne pourrez plus les modifier.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="md" ref={confirmRef} type="button" pending={pending} onClick={send}>
              {pending ? "Envoi en cours…" : "Confirmer l'envoi"}
            </Button>
            <Button
              variant="secondary"
              size="md"
              type="button"
              pending={pending}
              onClick={() => {
                backToAnswers.current = true;
                setConfirming(false);
              }}
            >
              Revenir à mes réponses
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button size="md" ref={submitRef} type="submit" pending={pending}>
            Envoyer mes réponses
          </Button>
          <Button variant="secondary" size="md" type="button" pending={pending} onClick={saveDraft}>
            {pending ? "Enregistrement…" : "Enregistrer le brouillon"}
          </Button>
        </div>
      )}
    </form>
  );
}
