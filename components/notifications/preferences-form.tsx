"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ToneStatus } from "@/components/ui/form-status";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { CATEGORIES, CHOICE_LABELS, CHOICES } from "@/lib/notifications/categories";
import { savePreferencesAction } from "@/lib/notifications/actions";
import type { Choices } from "@/lib/notifications/preferences";
import type { PreferencesInput } from "@/lib/notifications/schemas";
import { PageHeader } from "@/components/ui/page-header";

const resolver = lazyZodResolver<PreferencesInput>(() =>
  import("@/lib/notifications/schemas").then((m) => m.preferencesSchema),
);

/**
 * "Mes notifications": one radio group per category. Accounts and security
 * are shown as always on, their radios disabled; the optional messages of
 * every e-mail link here.
 */
export function NotificationPreferencesForm({ choices }: { choices: Choices }) {
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { isSubmitting, errors },
  } = useForm<PreferencesInput>({ resolver, defaultValues: { choices } });

  const onSubmit = async (values: PreferencesInput) => {
    setMessage(null);
    const result = await savePreferencesAction(values);
    if (result.ok) {
      setMessage({ tone: "ok", text: "Vos choix de notifications sont enregistrés." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field.startsWith("choices.")) {
        setError(field as `choices.${keyof Choices}`, { message: messages[0] });
      }
    }
    setMessage({ tone: "error", text: result.formError ?? "Enregistrement impossible." });
  };

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Mes notifications" />
      <p className="max-w-prose text-ink">
        Choisissez, pour chaque sorte d&apos;e-mail, de le recevoir immédiatement, dans un résumé
        envoyé le lundi, ou jamais. Chaque e-mail concerné porte aussi un lien pour ne plus le
        recevoir.
      </p>
      <form
        onSubmit={handleSubmit(onSubmit)}
        onFocus={() => void resolver.preload()}
        noValidate
        className="flex flex-col gap-4"
      >
        {CATEGORIES.map((category) => {
          const id = `categorie-${category.key}`;
          const alwaysOn = category.key === "ACCOUNT";
          const error = alwaysOn ? undefined : errors.choices?.[category.key]?.message;
          return (
            <fieldset
              key={category.key}
              aria-describedby={`${id}-aide${error ? ` ${id}-erreur` : ""}`}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <legend className="px-1 text-lg font-semibold">{category.label}</legend>
              <p id={`${id}-aide`} className="text-sm text-ink-muted">
                {category.description}
                {"alwaysOnNote" in category ? ` ${category.alwaysOnNote}` : ""}
              </p>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {CHOICES.map((choice) =>
                  alwaysOn ? (
                    <label key={choice} className="flex items-center gap-2 text-ink-muted">
                      <input
                        type="radio"
                        name={`toujours-${category.key}`}
                        value={choice}
                        checked={choice === "IMMEDIATE"}
                        disabled
                        readOnly
                        className="h-4 w-4"
                      />
                      {CHOICE_LABELS[choice]}
                      {choice === "IMMEDIATE" ? " (toujours envoyés)" : ""}
                    </label>
                  ) : (
                    <label key={choice} className="flex items-center gap-2">
                      <input
                        type="radio"
                        value={choice}
                        className="h-4 w-4"
                        {...register(`choices.${category.key}`)}
                      />
                      {CHOICE_LABELS[choice]}
                    </label>
                  ),
                )}
              </div>
              {error ? (
                <p id={`${id}-erreur`} className="text-sm text-red-800">
                  {error}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <div>
          <Button type="submit" size="md" pending={isSubmitting}>
            Enregistrer mes choix
          </Button>
        </div>
        <ToneStatus message={message} />
      </form>
    </div>
  );
}
