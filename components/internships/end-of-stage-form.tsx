"use client";

import { useEffect, useId, useMemo } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import type { ButtonVariant } from "@/components/ui/button-class";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * The forms of the end of the stage (the interview's proposals and report,
 * the synthesis, a late document, the hearing, the comité's decision), each
 * described by its fields and checked with the schema its action parses.
 */
const SCHEMAS = {
  proposeInterview: async () => (await import("@/lib/internships/schemas")).proposeInterviewSchema,
  counterProposeInterview: async () =>
    (await import("@/lib/internships/schemas")).counterProposeInterviewSchema,
  interviewReport: async () => (await import("@/lib/internships/schemas")).interviewReportSchema,
  synthesis: async () => (await import("@/lib/internships/schemas")).synthesisSchema,
  latePenalty: async () => (await import("@/lib/internships/schemas")).latePenaltySchema,
  hearing: async () => (await import("@/lib/internships/schemas")).hearingSchema,
  decision: async () => (await import("@/lib/internships/schemas")).decisionSchema,
  internshipId: async () => (await import("@/lib/internships/schemas")).internshipIdSchema,
} as const;

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "url" | "textarea" | "datetime-local" | "date" | "number" | "select";
  hint?: string;
  options?: readonly { value: string; label: string }[];
};

type Values = Record<string, string | number>;

export function EndOfStageForm({
  title,
  schema,
  action,
  fields = [],
  values = {},
  submitLabel,
  variant = "primary",
}: {
  title?: string;
  schema: keyof typeof SCHEMAS;
  action: (input: Values) => Promise<ActionResult<string>>;
  fields?: readonly FieldSpec[];
  /** Hidden values (the stage's or the document's id) and the fields' defaults. */
  values?: Values;
  submitLabel: string;
  variant?: ButtonVariant;
}) {
  const id = useId();
  const resolver = useMemo(() => lazyZodResolver<Values>(SCHEMAS[schema]), [schema]);
  const form = useForm<Values>({
    resolver,
    defaultValues: {
      ...Object.fromEntries(fields.map((f) => [f.name, f.type === "number" ? 0 : ""])),
      ...values,
    },
  });
  const { status, settle } = useActionForm({ failure: "Enregistrement impossible." });
  useEffect(() => {
    void resolver.preload();
  }, [resolver]);
  const submit = form.handleSubmit(async (input) => {
    const result = await action(input);
    if (settle(result)) {
      if (fields.some((f) => f.type === "textarea")) form.reset();
      return;
    }
    // The server's checks (a date out of range) show under their field, as the browser's do.
    if (!result.ok) {
      for (const [name, messages] of Object.entries(result.fieldErrors)) {
        if (messages[0] && fields.some((f) => f.name === name)) {
          form.setError(name, { message: messages[0] });
        }
      }
    }
  });
  const errors = form.formState.errors;

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {title ? <h3 className="font-semibold">{title}</h3> : null}
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const error = errors[f.name]?.message;
        const describedBy =
          [f.hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null]
            .filter(Boolean)
            .join(" ") || undefined;
        const common = {
          id: fieldId,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          className: "rounded-md border border-slate-400 px-3 py-2",
        };
        const registered = form.register(
          f.name,
          f.type === "number" ? { valueAsNumber: true } : {},
        );
        return (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={fieldId} className="text-sm font-medium">
              {f.label}
            </label>
            {f.hint ? (
              <p id={`${fieldId}-hint`} className="text-sm text-ink-muted">
                {f.hint}
              </p>
            ) : null}
            {f.type === "textarea" ? (
              <textarea rows={5} {...common} {...registered} />
            ) : f.type === "select" ? (
              <select {...common} {...registered}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={f.type} {...common} {...registered} />
            )}
            {error ? (
              <p id={`${fieldId}-error`} className="text-sm text-red-800">
                {String(error)}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button
        type="submit"
        variant={variant}
        pending={form.formState.isSubmitting}
        className="self-start"
      >
        {submitLabel}
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
