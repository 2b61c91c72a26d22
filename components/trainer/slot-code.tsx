"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Code =
  { open: false } | { open: true; code: string; expiresAt: string; url: string; qr: string };

/**
 * The self-sign code of a slot and its QR, shown by the trainer on his screen
 * during the slot; it changes every minute, so the screen asks again.
 */
export function SlotCode({ sessionId, slotId }: { sessionId: string; slotId: string }) {
  const [shown, setShown] = useState(false);
  const [code, setCode] = useState<Code | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!shown) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const response = await fetch(`/formateur/sessions/${sessionId}/code/${slotId}`, {
          cache: "no-store",
        });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Code;
        if (stop) return;
        setCode(next);
        setFailed(false);
        const wait = next.open
          ? Math.max(1000, Date.parse(next.expiresAt) - Date.now() + 500)
          : 30_000;
        timer = setTimeout(load, wait);
      } catch {
        if (!stop) {
          setFailed(true);
          timer = setTimeout(load, 10_000);
        }
      }
    };
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [shown, sessionId, slotId]);

  if (!shown) {
    return (
      <Button variant="secondary" className="self-start" onClick={() => setShown(true)}>
        Afficher le code de signature
      </Button>
    );
  }
  return (
    <div
      className="flex flex-col gap-2 rounded-lg border border-brand-700 bg-white p-3"
      aria-live="polite"
    >
      {failed ? (
        <p className="text-sm text-red-800">Code indisponible : nouvel essai en cours…</p>
      ) : null}
      {code === null ? <p className="text-sm">Chargement du code…</p> : null}
      {code && !code.open ? (
        <p className="text-sm">
          La signature des participants n&apos;est pas ouverte pour cette séance.
        </p>
      ) : null}
      {code && code.open ? (
        <div className="flex flex-wrap items-center gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
          <img
            src={code.qr}
            alt={`QR code pour signer sa présence avec le code ${code.code}`}
            width={160}
            height={160}
          />
          <div>
            <p className="text-sm">Code de signature (change chaque minute) :</p>
            <p className="font-mono text-4xl font-bold tracking-widest" data-testid="slot-code">
              {code.code}
            </p>
            <p className="text-xs text-ink-muted">
              Les participants saisissent ce code dans « Signer ma présence » ou scannent le QR
              code.
            </p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
