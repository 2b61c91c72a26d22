"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateCertificateRuleAction } from "@/lib/organizations/actions";
import { CERTIFICATE_RULES, certificateRuleSchema } from "@/lib/organizations/schemas";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

export const CERTIFICATE_RULE_LABELS: Record<(typeof CERTIFICATE_RULES)[number], string> = {
  ATTENDANCE: "Présence aux séances",
  VALIDATION_TEST_COMPLETED: "Test de validation des acquis complété",
  VALIDATION_TEST_PASSED: "Test de validation des acquis réussi",
  ATTENDANCE_AND_VALIDATION_TEST: "Présence et test de validation des acquis",
  ELEARNING_COMPLETED: "Module e-learning terminé",
};

type Values = z.input<typeof certificateRuleSchema>;

/** Guide rule 11: the certificate depends on attendance or on the validation test, per session. */
export function CertificateRuleForm({ initial }: { initial: Values }) {
  const { status, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof certificateRuleSchema>>({
    resolver: zodResolver(certificateRuleSchema),
    defaultValues: initial,
  });

  const onValid = async (values: z.output<typeof certificateRuleSchema>) => {
    settle(await updateCertificateRuleAction(values));
  };

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-3">
      <input type="hidden" {...register("sessionId")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field htmlFor="certificate-rule" label="Condition de délivrance">
          <select
            id="certificate-rule"
            className="rounded-md border border-slate-400 px-3 py-2"
            {...register("rule")}
          >
            {CERTIFICATE_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {CERTIFICATE_RULE_LABELS[rule]}
              </option>
            ))}
          </select>
        </Field>
        <Field htmlFor="certificate-attendance" label="Présence minimale (%)">
          <input
            id="certificate-attendance"
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            aria-invalid={errors.minAttendancePercent ? true : undefined}
            className="rounded-md border border-slate-400 px-3 py-2"
            {...register("minAttendancePercent")}
          />
          {errors.minAttendancePercent ? (
            <p className="text-sm text-red-800">{errors.minAttendancePercent.message}</p>
          ) : null}
        </Field>
        <Field htmlFor="certificate-pass" label="Seuil de réussite du test (%)">
          <input
            id="certificate-pass"
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            aria-invalid={errors.passPercent ? true : undefined}
            className="rounded-md border border-slate-400 px-3 py-2"
            {...register("passPercent")}
          />
          {errors.passPercent ? (
            <p className="text-sm text-red-800">{errors.passPercent.message}</p>
          ) : null}
        </Field>
      </div>
      <Button type="submit" variant="secondary" pending={isSubmitting} className="self-start">
        Enregistrer la règle
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
