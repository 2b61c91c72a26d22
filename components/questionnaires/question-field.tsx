"use client";

import { Controller, type Control, type UseFormRegister } from "react-hook-form";
import {
  MAX_TEXT_LABEL,
  SCALE_RANGE,
  type PublicQuestion,
  type QuestionnaireFormValues,
} from "@/lib/questionnaires/question-shapes";

/**
 * One question, as a person with a keyboard or a screen reader meets it:
 * choices and scales are native radios or checkboxes in a fieldset whose
 * legend is the question; free text has its label; the hint and the error are
 * tied to the inputs with aria-describedby.
 */
type Props = {
  question: PublicQuestion;
  number: number;
  scored: boolean;
  error: string | undefined;
  control: Control<QuestionnaireFormValues>;
  register: UseFormRegister<QuestionnaireFormValues>;
};

export const questionAnchor = (questionId: string) => `question-${questionId}`;

const choice =
  "flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
const box = "mt-0.5 h-5 w-5 shrink-0 accent-brand-700";

function hintOf(question: PublicQuestion, scored: boolean): string {
  const points =
    scored && question.points > 0
      ? ` ${question.points} ${question.points > 1 ? "points" : "point"}.`
      : "";
  switch (question.type) {
    case "SINGLE_CHOICE":
      return `Une seule réponse possible.${points}`;
    case "MULTIPLE_CHOICE":
      return `Plusieurs réponses possibles : cochez toutes les bonnes réponses.${points}`;
    case "SCALE_1_5":
      return "De 1 (pas du tout) à 5 (tout à fait).";
    case "SCALE_0_10":
      return "De 0 (pas du tout) à 10 (tout à fait).";
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return `${MAX_TEXT_LABEL} au maximum.`;
  }
}

function Legend({ question, number }: { question: PublicQuestion; number: number }) {
  return (
    <>
      {number}. {question.label}
      {question.required ? null : <span className="font-normal text-ink-muted"> (facultatif)</span>}
    </>
  );
}

export function QuestionField({ question, number, scored, error, control, register }: Props) {
  const anchor = questionAnchor(question.id);
  const hintId = `${anchor}-hint`;
  const errorId = `${anchor}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const name = `answers.${question.id}` as const;
  const invalid = error ? true : undefined;
  const hint = (
    <p id={hintId} className="text-sm text-ink-muted">
      {hintOf(question, scored)}
    </p>
  );
  const errorText = error ? (
    <p id={errorId} className="text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
  const frame = `flex flex-col gap-2 rounded-lg border bg-white p-4 ${error ? "border-red-700" : "border-slate-200"}`;
  const legend = "mb-1 text-base font-semibold";

  if (question.type === "SHORT_TEXT" || question.type === "LONG_TEXT") {
    const inputId = `${anchor}-input`;
    const field = register(name);
    const common = {
      id: inputId,
      "aria-describedby": describedBy,
      "aria-invalid": invalid,
      "aria-required": question.required || undefined,
      className: "w-full rounded-md border border-slate-400 px-3 py-2",
      ...field,
    };
    return (
      <div id={anchor} className={frame}>
        <label htmlFor={inputId} className={legend}>
          <Legend question={question} number={number} />
        </label>
        {hint}
        {question.type === "LONG_TEXT" ? (
          <textarea rows={5} {...common} />
        ) : (
          <input type="text" {...common} />
        )}
        {errorText}
      </div>
    );
  }

  if (question.type === "SCALE_1_5" || question.type === "SCALE_0_10") {
    const { min, max } = SCALE_RANGE[question.type];
    const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return (
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <fieldset id={anchor} className={frame} aria-describedby={describedBy}>
            <legend className={`float-left w-full ${legend}`}>
              <Legend question={question} number={number} />
            </legend>
            {hint}
            <div className="flex flex-wrap gap-2">
              {values.map((value, i) => (
                <label key={value} className={`${choice} min-w-12 justify-center`}>
                  <input
                    ref={i === 0 ? field.ref : undefined}
                    type="radio"
                    name={field.name}
                    value={value}
                    checked={field.value === value}
                    onChange={() => field.onChange(value)}
                    onBlur={field.onBlur}
                    aria-describedby={describedBy}
                    className={box}
                  />
                  <span>{value}</span>
                </label>
              ))}
            </div>
            {errorText}
          </fieldset>
        )}
      />
    );
  }

  const multiple = question.type === "MULTIPLE_CHOICE";
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => {
        const selected: string[] = Array.isArray(field.value) ? field.value : [];
        return (
          <fieldset id={anchor} className={frame} aria-describedby={describedBy}>
            <legend className={`float-left w-full ${legend}`}>
              <Legend question={question} number={number} />
            </legend>
            {hint}
            <div className="flex flex-col gap-2">
              {question.options.map((option, i) => (
                <label key={option.id} className={choice}>
                  <input
                    ref={i === 0 ? field.ref : undefined}
                    type={multiple ? "checkbox" : "radio"}
                    name={field.name}
                    value={option.id}
                    checked={multiple ? selected.includes(option.id) : field.value === option.id}
                    onChange={(event) =>
                      field.onChange(
                        multiple
                          ? event.target.checked
                            ? [...selected, option.id]
                            : selected.filter((id) => id !== option.id)
                          : option.id,
                      )
                    }
                    onBlur={field.onBlur}
                    // A radio cannot be "invalid" in ARIA; the error is in its description.
                    aria-invalid={multiple ? invalid : undefined}
                    aria-describedby={describedBy}
                    className={box}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
            {errorText}
          </fieldset>
        );
      }}
    />
  );
}
