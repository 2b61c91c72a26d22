"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { registerCollaboratorsAction } from "@/lib/companies/actions";
import {
  registerCollaboratorsSchema,
  type RegisterCollaboratorsInput,
} from "@/lib/companies/schemas";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-status";

type Collaborator = {
  participantId: string;
  name: string;
  email: string;
  alreadyRegistered: boolean;
};

/** Choose collaborators for one session; the same schema checks here and on the server. */
export function RegisterCollaboratorsForm({
  companyId,
  sessionId,
  collaborators,
  ordersHref,
}: {
  companyId: string;
  sessionId: string;
  collaborators: Collaborator[];
  ordersHref: string | null;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegisterCollaboratorsInput>({
    resolver: zodResolver(registerCollaboratorsSchema),
    defaultValues: { companyId, sessionId, participantIds: [], newCollaborators: [] },
  });
  const invitees = useFieldArray({ control, name: "newCollaborators" });

  const onSubmit = async (values: RegisterCollaboratorsInput) => {
    setFormError(null);
    setDone(null);
    const result = await registerCollaboratorsAction(values);
    if (!result.ok) {
      setFormError(
        result.fieldErrors.participantIds?.[0] ?? result.formError ?? "Inscription impossible.",
      );
      return;
    }
    const { count, orderReference, invited } = result.data;
    setDone(
      `${count === 1 ? "1 inscription enregistrée" : `${count} inscriptions enregistrées`}, en attente de confirmation par l'organisme. Réf commande : ${orderReference}.${
        invited > 0
          ? ` ${invited === 1 ? "Une invitation a été envoyée" : `${invited} invitations ont été envoyées`} pour créer le compte.`
          : ""
      }`,
    );
    reset({ companyId, sessionId, participantIds: [], newCollaborators: [] });
    router.refresh();
  };

  const error = formError ?? errors.participantIds?.message ?? errors.participantIds?.root?.message;
  const available = collaborators.filter((c) => !c.alreadyRegistered);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4">
      <FormMessage tone="error">{error}</FormMessage>
      <FormMessage tone="success">
        {done ? (
          <>
            {done}
            {ordersHref ? (
              <>
                {" "}
                <a href={ordersHref} className="underline">
                  Voir les commandes
                </a>
              </>
            ) : null}
          </>
        ) : null}
      </FormMessage>
      <input type="hidden" {...register("companyId")} />
      <input type="hidden" {...register("sessionId")} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">Collaborateurs à inscrire</legend>
        {available.length === 0 ? (
          <p className="text-ink-muted">
            Tous les collaborateurs sont déjà inscrits à cette session.
          </p>
        ) : null}
        <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {collaborators.map((c) => (
            <li key={c.participantId}>
              <label className="flex items-start gap-2 rounded-md p-1 hover:bg-slate-50">
                <input
                  type="checkbox"
                  value={c.participantId}
                  disabled={c.alreadyRegistered}
                  className="mt-1 h-4 w-4"
                  {...register("participantIds")}
                />
                <span className="min-w-0">
                  <span className="font-medium">{c.name}</span>
                  <span className="block break-all text-xs text-ink-muted">
                    {c.email}
                    {c.alreadyRegistered ? " · déjà inscrit(e)" : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold">Collaborateurs sans compte</legend>
        <p className="text-sm text-ink-muted">
          Leur espace s&apos;ouvre avec cette inscription : ils reçoivent une invitation à choisir
          leur mot de passe.
        </p>
        {invitees.fields.map((field, index) => {
          const fieldErrors = errors.newCollaborators?.[index];
          const input = (
            name: "email" | "firstName" | "lastName",
            label: string,
            type = "text",
          ) => {
            const id = `invitee-${field.id}-${name}`;
            const message = fieldErrors?.[name]?.message;
            return (
              <div className="flex min-w-0 flex-col gap-1">
                <label htmlFor={id} className="text-sm font-medium">
                  {label}
                </label>
                <input
                  id={id}
                  type={type}
                  autoComplete="off"
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${id}-error` : undefined}
                  className="rounded-md border border-slate-400 px-3 py-1.5"
                  {...register(`newCollaborators.${index}.${name}`)}
                />
                {message ? (
                  <p id={`${id}-error`} className="text-sm text-red-800">
                    {message}
                  </p>
                ) : null}
              </div>
            );
          };
          return (
            <div
              key={field.id}
              role="group"
              aria-label={`Nouveau collaborateur ${index + 1}`}
              className="grid grid-cols-1 items-end gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_1fr_auto]"
            >
              {input("email", "Adresse e-mail", "email")}
              {input("firstName", "Prénom")}
              {input("lastName", "Nom")}
              <Button
                variant="link"
                className="text-red-800"
                onClick={() => invitees.remove(index)}
              >
                Retirer<span className="sr-only"> le nouveau collaborateur {index + 1}</span>
              </Button>
            </div>
          );
        })}
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => invitees.append({ email: "", firstName: "", lastName: "" })}
        >
          Ajouter un collaborateur sans compte
        </Button>
      </fieldset>
      <Button size="md" type="submit" pending={isSubmitting} className="self-start">
        {isSubmitting ? "Inscription…" : "Inscrire les collaborateurs choisis"}
      </Button>
    </form>
  );
}
