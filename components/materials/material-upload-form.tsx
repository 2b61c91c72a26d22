"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ACCEPTED_TYPES_LABEL } from "@/lib/organizations/file-type";
import { Button } from "@/components/ui/button";
import { FormStatus, type Status } from "@/components/ui/form-status";

/**
 * Publishes a material, or a new version of one (materialId given). Posted to
 * a route handler (`uploadUrl`, the organization's or the trainer's): server
 * actions cap bodies at 1 MB, materials go up to 20 MB.
 */
export function MaterialUploadForm({
  uploadUrl,
  materialId,
  title,
}: {
  uploadUrl: string;
  materialId?: string;
  title?: string;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = materialId ? `version-${materialId}` : "material";

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch(uploadUrl, {
        method: "POST",
        body: new FormData(form),
      });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; message?: string };
      setStatus({
        ok: !!body.ok,
        text: body.message ?? (response.ok ? "Support publié." : "Publication impossible."),
      });
      if (body.ok) {
        form.reset();
        router.refresh();
      }
    } catch {
      setStatus({
        ok: false,
        text: "Publication impossible : vérifiez votre connexion et réessayez.",
      });
    } finally {
      setBusy(false);
    }
  };

  const field = "rounded-md border border-slate-400 px-3 py-2";
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-3"
      aria-label={materialId ? `Nouvelle version : ${title}` : "Publier un support"}
    >
      {materialId ? <input type="hidden" name="materialId" value={materialId} /> : null}
      {!materialId ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Titre
            <input name="title" required maxLength={200} className={field} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Type (Diaporama, Guide utilisateurs…)
            <input name="type" required maxLength={100} className={field} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Disponible
            <select name="phase" className={field} defaultValue="BEFORE">
              <option value="BEFORE">Avant la formation (dès la confirmation)</option>
              <option value="DURING">Pendant la formation (dès son début)</option>
              <option value="AFTER">Après la formation (dès sa fin)</option>
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Pendant (jours, vide : sans limite)
            <input
              name="availableForDays"
              type="number"
              min={1}
              max={3650}
              inputMode="numeric"
              className={field}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Ou jusqu&apos;au
            <input name="availableUntil" type="date" className={field} />
          </label>
        </div>
      ) : null}
      <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={`${prefix}-file`}>
        Fichier ({ACCEPTED_TYPES_LABEL}, 20 Mo au plus)
        <input
          id={`${prefix}-file`}
          name="file"
          type="file"
          required
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx"
          className="text-sm"
        />
      </label>
      <Button type="submit" pending={busy} className="self-start">
        {materialId ? "Publier la nouvelle version" : "Publier le support"}
      </Button>
      <FormStatus status={status} />
    </form>
  );
}
