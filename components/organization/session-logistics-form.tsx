"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldError } from "react-hook-form";
import { updateSessionLogisticsAction } from "@/lib/organizations/actions";
import { sessionLogisticsSchema, type SessionLogisticsInput } from "@/lib/organizations/schemas";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  initial: SessionLogisticsInput;
  slotTitles: string[];
  venues: { id: string; name: string; city: string }[];
  showVenue: boolean;
  showJoinUrl: boolean;
};

const inputClass = "rounded-md border border-slate-400 px-3 py-2";

function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  return error ? (
    <p id={id} className="text-sm text-red-800">
      {error.message}
    </p>
  ) : null;
}

/** "Modifier la session": dates and times of the sittings, place or join link. */
export function SessionLogisticsForm({
  initial,
  slotTitles,
  venues,
  showVenue,
  showJoinUrl,
}: Props) {
  const { status, setStatus, settle } = useActionForm({ failure: "Enregistrement impossible." });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SessionLogisticsInput>({
    resolver: zodResolver(sessionLogisticsSchema),
    defaultValues: initial,
  });

  const onValid = async (values: SessionLogisticsInput) => {
    const result = await updateSessionLogisticsAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        setError(field as keyof SessionLogisticsInput, { message: messages[0] });
      }
      setStatus({ ok: false, text: result.formError ?? "Enregistrement impossible." });
      return;
    }
    settle(result);
  };

  const describedBy = (id: string, error?: FieldError) => (error ? `${id}-error` : undefined);

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="flex flex-col gap-6">
      <input type="hidden" {...register("sessionId")} />
      {initial.slots.length > 0 ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">Séances</legend>
          {initial.slots.map((slot, index) => {
            const slotErrors = errors.slots?.[index];
            const base = `slot-${index}`;
            return (
              <fieldset
                key={slot.slotId}
                className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-3"
              >
                <legend className="px-1 text-sm font-semibold">{slotTitles[index]}</legend>
                <input type="hidden" {...register(`slots.${index}.slotId`)} />
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${base}-date`} className="text-sm font-medium">
                    Date
                  </label>
                  <input
                    id={`${base}-date`}
                    type="date"
                    className={inputClass}
                    aria-invalid={slotErrors?.date ? true : undefined}
                    aria-describedby={describedBy(`${base}-date`, slotErrors?.date)}
                    {...register(`slots.${index}.date`)}
                  />
                  <FieldMessage id={`${base}-date-error`} error={slotErrors?.date} />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${base}-start`} className="text-sm font-medium">
                    Début
                  </label>
                  <input
                    id={`${base}-start`}
                    type="time"
                    className={inputClass}
                    aria-invalid={slotErrors?.startTime ? true : undefined}
                    aria-describedby={describedBy(`${base}-start`, slotErrors?.startTime)}
                    {...register(`slots.${index}.startTime`)}
                  />
                  <FieldMessage id={`${base}-start-error`} error={slotErrors?.startTime} />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${base}-end`} className="text-sm font-medium">
                    Fin
                  </label>
                  <input
                    id={`${base}-end`}
                    type="time"
                    className={inputClass}
                    aria-invalid={slotErrors?.endTime ? true : undefined}
                    aria-describedby={describedBy(`${base}-end`, slotErrors?.endTime)}
                    {...register(`slots.${index}.endTime`)}
                  />
                  <FieldMessage id={`${base}-end-error`} error={slotErrors?.endTime} />
                </div>
              </fieldset>
            );
          })}
        </fieldset>
      ) : null}

      {showVenue ? (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">Lieu</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="session-venue" className="text-sm font-medium">
              Lieu de la formation
            </label>
            <select
              id="session-venue"
              className={inputClass}
              aria-invalid={errors.venueId ? true : undefined}
              aria-describedby={describedBy("session-venue", errors.venueId)}
              {...register("venueId")}
            >
              <option value="">Aucun lieu enregistré</option>
              {venues.map((venue) => (
                <option key={venue.id} value={venue.id}>
                  {venue.name} ({venue.city})
                </option>
              ))}
            </select>
            <FieldMessage id="session-venue-error" error={errors.venueId} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="session-place" className="text-sm font-medium">
              Lieu indiqué sur la carte (facultatif)
            </label>
            <input
              id="session-place"
              className={inputClass}
              aria-invalid={errors.placeLabel ? true : undefined}
              aria-describedby={describedBy("session-place", errors.placeLabel)}
              {...register("placeLabel")}
            />
            <FieldMessage id="session-place-error" error={errors.placeLabel} />
          </div>
        </fieldset>
      ) : null}

      {showJoinUrl ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="session-join-url" className="text-sm font-medium">
            Lien de connexion à la classe virtuelle
          </label>
          <input
            id="session-join-url"
            type="url"
            inputMode="url"
            className={inputClass}
            aria-invalid={errors.joinUrl ? true : undefined}
            aria-describedby={describedBy("session-join-url", errors.joinUrl)}
            {...register("joinUrl")}
          />
          <FieldMessage id="session-join-url-error" error={errors.joinUrl} />
        </div>
      ) : null}

      <Button size="md" type="submit" pending={isSubmitting} className="self-start">
        Enregistrer et prévenir les participants
      </Button>
      <FormStatus status={status} className="" />
    </form>
  );
}
