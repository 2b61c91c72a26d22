"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  ACTIVITY_KINDS,
  activityTotals,
  CAC_KIND,
  type ActivityHours,
  type ActivityKey,
} from "@/lib/internships/activity-kinds";
import { saveDraftAction, transmitDocumentAction } from "@/lib/internships/actions";
import { MAX_REPORT_CHARACTERS } from "@/lib/internships/schemas";

const AUTOSAVE_MS = 1200;

type Props = {
  kind: "REPORT" | "ACTIVITY_SHEET";
  sequence: number;
  documentId: string | null;
  initialBody: string;
  initialHours: ActivityHours;
  /** A file uploaded on the draft, waiting to be transmitted. */
  draftFileName: string | null;
  /** "Rédiger une nouvelle version" after a return, "Rédiger" otherwise. */
  heading: string;
};

const time = (d: Date) =>
  d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/**
 * The stagiaire writes in the page: the draft is saved by itself a moment
 * after each change, and "Transmettre à mon maître de stage" saves it once
 * more, then freezes it as a version.
 */
export function DocumentEditor({
  kind,
  sequence,
  documentId: initialId,
  initialBody,
  initialHours,
  draftFileName,
  heading,
}: Props) {
  const router = useRouter();
  const [body, setBody] = useState(initialBody);
  const [hours, setHours] = useState<ActivityHours>(initialHours);
  const [status, setStatus] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const documentId = useRef<string | null>(initialId);
  const dirty = useRef(false);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const latest = useRef({ body, hours });
  useEffect(() => {
    latest.current = { body, hours };
  }, [body, hours]);

  const save = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(async () => {
      if (!dirty.current && documentId.current) return true;
      dirty.current = false;
      const { body: text, hours: grid } = latest.current;
      const result = await saveDraftAction(
        kind === "REPORT"
          ? { kind, sequence, body: text }
          : { kind, sequence, body: text, hours: grid },
      );
      if (!result.ok) {
        dirty.current = true;
        const fields = Object.values(result.fieldErrors).flat();
        setError(fields[0] ?? result.formError ?? "Enregistrement impossible.");
        return false;
      }
      documentId.current = result.data.documentId;
      setError(null);
      setStatus(`Brouillon enregistré à ${time(new Date())}.`);
      return true;
    });
    return chain.current;
  }, [kind, sequence]);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [body, hours, save]);

  const change = () => {
    dirty.current = true;
    setStatus("Modifications non enregistrées…");
  };

  const transmit = async () => {
    setBusy(true);
    try {
      if (!(await save()) || !documentId.current) return;
      const result = await transmitDocumentAction({ documentId: documentId.current });
      if (!result.ok) {
        setError(result.formError ?? "Transmission impossible.");
        return;
      }
      setStatus("Transmis à votre maître de stage.");
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const upload = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const base = kind === "REPORT" ? "/stage/rapports" : "/stage/fiches-activites";
      const response = await fetch(`${base}/${sequence}/fichier`, {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const result = (await response.json().catch(() => null)) as {
        ok?: boolean;
        message?: string;
      } | null;
      if (!response.ok || !result?.ok) {
        setError(result?.message ?? "Envoi impossible.");
        return;
      }
      setError(null);
      setStatus(result.message ?? "Fichier joint.");
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const totals = activityTotals(hours);
  const setHour = (key: ActivityKey, value: string) => {
    const n = value === "" ? undefined : Number(value);
    setHours((h) => ({ ...h, [key]: n !== undefined && Number.isFinite(n) ? n : undefined }));
    change();
  };

  return (
    <section aria-labelledby="redaction" className="flex flex-col gap-3">
      <h2 id="redaction" className="text-xl font-semibold">
        {heading}
      </h2>
      {kind === "ACTIVITY_SHEET" ? (
        <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
          <legend className="px-1 font-semibold">Heures par nature de travaux</legend>
          {[...ACTIVITY_KINDS, CAC_KIND].map((k) => (
            <div key={k.key} className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`heures-${k.key}`} className="text-sm">
                {k.label}
                {k.key === CAC_KIND.key ? " — compté à part" : ""}
              </label>
              <input
                id={`heures-${k.key}`}
                type="number"
                min={0}
                max={3000}
                step={0.5}
                inputMode="decimal"
                value={hours[k.key] ?? ""}
                onChange={(e) => setHour(k.key, e.target.value)}
                className="w-28 rounded-md border border-slate-400 px-2 py-1 text-right"
              />
            </div>
          ))}
          <p className="text-sm font-semibold">
            Total expertise comptable : {totals.general} h · Commissariat aux comptes : {totals.cac}{" "}
            h
          </p>
        </fieldset>
      ) : null}
      <label htmlFor="document-body" className="font-medium">
        {kind === "REPORT" ? "Texte du rapport" : "Commentaires (facultatif)"}
      </label>
      <p id="document-body-help" className="text-sm text-ink-muted">
        Enregistré automatiquement comme brouillon. Séparez les paragraphes par une ligne vide.
      </p>
      <textarea
        id="document-body"
        rows={kind === "REPORT" ? 16 : 5}
        maxLength={MAX_REPORT_CHARACTERS}
        value={body}
        aria-describedby="document-body-help"
        onChange={(e) => {
          setBody(e.target.value);
          change();
        }}
        onBlur={() => void save()}
        className="rounded-md border border-slate-400 px-3 py-2"
      />
      <form
        onSubmit={(e) => void upload(e)}
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <label htmlFor="document-file" className="font-medium">
          {kind === "REPORT"
            ? "Ou déposer le rapport en PDF ou Word (.docx, 10 Mo au plus)"
            : "Déposer la fiche signée en PDF ou Word (.docx, 10 Mo au plus)"}
        </label>
        {draftFileName ? (
          <p className="text-sm">Fichier joint au brouillon : {draftFileName}</p>
        ) : null}
        <input
          id="document-file"
          name="file"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          required
          className="text-sm"
        />
        <button
          type="submit"
          disabled={busy}
          className="self-start rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
        >
          Joindre le fichier
        </button>
      </form>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void transmit()}
          disabled={busy}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          Transmettre à mon maître de stage
        </button>
        <p role="status" className="text-sm text-ink-muted">
          {status}
        </p>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </section>
  );
}
