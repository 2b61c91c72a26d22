"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { saveDraftAction, transmitDocumentAction } from "@/lib/internships/actions";

/**
 * "Transmettre à mon maître de stage" for an annual training sheet: the
 * sessions attended fill it; the stagiaire may add a comment.
 */
export function TrainingSheetForm({
  year,
  initialComment,
}: {
  year: number;
  initialComment: string;
}) {
  const router = useRouter();
  const [comment, setComment] = useState(initialComment);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `fiche-formations-${year}`;

  const transmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await saveDraftAction({
        kind: "TRAINING_SHEET",
        sequence: year,
        body: comment,
      });
      if (!saved.ok) {
        setError(
          Object.values(saved.fieldErrors).flat()[0] ??
            saved.formError ??
            "Enregistrement impossible.",
        );
        return;
      }
      const sent = await transmitDocumentAction({ documentId: saved.data.documentId });
      if (!sent.ok) {
        setError(sent.formError ?? "Transmission impossible.");
        return;
      }
      setError(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => void transmit(e)}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <label htmlFor={id} className="text-sm font-medium">
        Commentaire sur la fiche de l&apos;année {year} (facultatif)
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        className="rounded-md border border-slate-400 px-3 py-2"
      />
      <Button type="submit" size="md" pending={busy} className="self-start text-sm">
        Transmettre la fiche de l&apos;année {year} à mon maître de stage
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
