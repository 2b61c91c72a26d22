"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { addSessionTrainerAction, removeSessionTrainerAction } from "@/lib/trainers/actions";

type Trainer = { id: string; name: string; email: string };

/** "Formateurs" of a session: add by e-mail (invites a new person), remove. */
export function SessionTrainersPanel({
  sessionId,
  trainers,
}: {
  sessionId: string;
  trainers: Trainer[];
}) {
  const router = useRouter();
  const [fields, setFields] = useState({ email: "", firstName: "", lastName: "" });
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await addSessionTrainerAction({ sessionId, ...fields });
      if (result.ok) {
        setErrors({});
        setFields({ email: "", firstName: "", lastName: "" });
        setMessage({ ok: true, text: result.data });
        router.refresh();
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage({ ok: false, text: result.formError ?? "Ajout impossible." });
      }
    });
  };
  const remove = (trainer: Trainer) =>
    startTransition(async () => {
      const result = await removeSessionTrainerAction({ sessionId, trainerId: trainer.id });
      setMessage(
        result.ok
          ? { ok: true, text: `${trainer.name} : ${result.data}` }
          : { ok: false, text: result.formError ?? "Retrait impossible." },
      );
      if (result.ok) router.refresh();
    });

  const input = (name: keyof typeof fields, label: string, type = "text") => (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={`trainer-${name}`} className="font-medium">
        {label}
      </label>
      <input
        id={`trainer-${name}`}
        type={type}
        value={fields[name]}
        onChange={(e) => setFields((f) => ({ ...f, [name]: e.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `trainer-${name}-error` : undefined}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5"
      />
      {errors[name] ? (
        <p id={`trainer-${name}-error`} className="text-red-800">
          {errors[name]![0]}
        </p>
      ) : null}
    </div>
  );

  return (
    <div className="flex flex-col gap-3">
      {trainers.length === 0 ? (
        <p className="text-sm text-ink-muted">
          Aucun formateur n&apos;est affecté à cette session.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {trainers.map((trainer) => (
            <li
              key={trainer.id}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
            >
              <span>
                <span className="font-medium">{trainer.name}</span> · {trainer.email}
              </span>
              <Button
                variant="danger-outline"
                size="xs"
                pending={pending}
                onClick={() => remove(trainer)}
              >
                Retirer {trainer.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={add}
        className="grid gap-2 sm:grid-cols-4 sm:items-end"
        aria-label="Ajouter un formateur"
        noValidate
      >
        {input("email", "E-mail du formateur", "email")}
        {input("firstName", "Prénom du formateur")}
        {input("lastName", "Nom du formateur")}
        <Button type="submit" pending={pending}>
          Ajouter le formateur
        </Button>
      </form>
      <p
        role="status"
        className={
          message ? (message.ok ? "text-sm text-green-800" : "text-sm text-red-800") : "sr-only"
        }
      >
        {message?.text ?? ""}
      </p>
    </div>
  );
}
