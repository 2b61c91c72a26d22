"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { calendarFeedAction } from "@/lib/trainers/actions";

/** "Abonnement agenda": make (or remake) the private webcal:// link, or revoke it. */
export function CalendarFeedPanel({ activeSince }: { activeSince: string | null }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [active, setActive] = useState(activeSince !== null);
  const [pending, startTransition] = useTransition();
  const run = (intent: "rotate" | "revoke") =>
    startTransition(async () => {
      const result = await calendarFeedAction({ intent });
      if (!result.ok) {
        setMessage({ ok: false, text: result.formError ?? "Action impossible." });
        return;
      }
      setMessage({ ok: true, text: result.data.message });
      setUrl(result.data.url);
      setActive(intent === "rotate");
    });
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p>
        {active
          ? `Un lien d'abonnement est actif${activeSince ? ` depuis le ${activeSince}` : ""}. Le renouveler désactive l'ancien.`
          : "Abonnez votre agenda (Outlook, Google, Apple) à vos sessions par un lien privé."}
      </p>
      {url ? (
        <p className="flex flex-col gap-1">
          <label htmlFor="feed-url" className="font-medium">
            Lien d&apos;abonnement (à copier maintenant)
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button pending={pending} onClick={() => run("rotate")}>
          {active ? "Renouveler le lien" : "Créer un lien d'abonnement"}
        </Button>
        {active ? (
          <Button variant="danger-outline" pending={pending} onClick={() => run("revoke")}>
            Révoquer le lien
          </Button>
        ) : null}
      </div>
      <p
        role="status"
        className={message ? (message.ok ? "text-green-800" : "text-red-800") : "sr-only"}
      >
        {message?.text ?? ""}
      </p>
    </div>
  );
}
