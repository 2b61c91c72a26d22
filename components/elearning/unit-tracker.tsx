"use client";

import { Button } from "@/components/ui/button";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { completeUnitAction, recordUnitTimeAction } from "@/lib/elearning/actions";

const HEARTBEAT_SECONDS = 30;

/**
 * Records reading time while the unit is on screen (a heartbeat every 30 s,
 * paused when the tab is hidden) and lets the learner mark the unit done.
 */
export function UnitTracker({
  registrationId,
  unitId,
  completed,
}: {
  registrationId: string;
  unitId: string;
  completed: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void recordUnitTimeAction({ registrationId, unitId, seconds: 0 });
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible")
        void recordUnitTimeAction({ registrationId, unitId, seconds: HEARTBEAT_SECONDS });
    }, HEARTBEAT_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [registrationId, unitId]);

  if (completed)
    return (
      <p role="status" className="text-sm font-medium text-green-800">
        Unité terminée.
      </p>
    );
  return (
    <div className="flex flex-col gap-1">
      <Button
        pending={pending}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            const result = await completeUnitAction({ registrationId, unitId });
            setMessage(
              result.ok ? "Unité terminée." : (result.formError ?? "Impossible d'enregistrer."),
            );
            if (result.ok) router.refresh();
          })
        }
      >
        Marquer l&apos;unité comme terminée
      </Button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
