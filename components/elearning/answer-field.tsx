import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * "Votre réponse" to a participant's e-learning question, its error tied to it:
 * the organization's and the trainer's answer forms.
 */
export function AnswerField({
  id,
  error,
  field,
}: {
  id: string;
  error: string | undefined;
  field: UseFormRegisterReturn;
}) {
  return (
    <>
      <label htmlFor={id} className="text-sm font-medium">
        Votre réponse
      </label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-slate-400 px-3 py-2"
        {...field}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
