"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOwnPresenceAction } from "@/lib/trainers/actions";

/** "Signer ma présence": the 6-digit code the trainer shows (or the QR's). */
export function SelfSignForm({ slotId, initialCode }: { slotId: string; initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await signOwnPresenceAction({ slotId, code: code.replace(/\s+/g, "") });
      if (result.ok) {
        setError(null);
        // The confirmation stays on screen (a refresh would replace the form by the
        // recorded state before the person has read it).
        setDone(result.data);
      } else {
        setError(result.fieldErrors?.code?.[0] ?? result.formError ?? "Signature impossible.");
      }
    });
  };
  if (done) {
    return (
      <p role="status" className="font-medium text-green-800">
        {done}
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor={`code-${slotId}`} className="font-medium">
          Code affiché par le formateur
        </label>
        <input
          id={`code-${slotId}`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `code-error-${slotId}` : undefined}
          className="w-full max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-2xl tracking-widest"
        />
        {error ? (
          <p id={`code-error-${slotId}`} className="text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" size="md" pending={pending} className="self-start">
        Signer ma présence
      </Button>
      <p role="status" className="sr-only" />
    </form>
  );
}
