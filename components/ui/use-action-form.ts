"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { Status } from "./form-status";

/** What a failed action says in one line: its first field error, else its form error, else the fallback. */
export function failureMessage(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  fallback: string,
): string {
  return Object.values(result.fieldErrors)[0]?.[0] ?? result.formError ?? fallback;
}

/**
 * A form's pending, success and error state around a server action: `settle`
 * turns the action's answer into the status line (FormStatus) and refreshes the
 * page's data after a success; `run` does the same for a form without
 * react-hook-form, inside a transition that gives `pending`.
 */
export function useActionForm({
  failure,
  refresh = true,
}: {
  /** Said when the action gives no message of its own ("Enregistrement impossible."). */
  failure: string;
  /** Re-render the server components after a success (what the form changed shows at once). */
  refresh?: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, startTransition] = useTransition();

  const settle = useCallback(
    <T>(
      result: ActionResult<T>,
      success?: (data: T) => string,
    ): result is { ok: true; data: T } => {
      if (!result.ok) {
        setStatus({ ok: false, text: failureMessage(result, failure) });
        return false;
      }
      const text = success
        ? success(result.data)
        : typeof result.data === "string"
          ? result.data
          : "";
      setStatus(text ? { ok: true, text } : null);
      if (refresh) router.refresh();
      return true;
    },
    [failure, refresh, router],
  );

  const run = useCallback(
    <T>(action: () => Promise<ActionResult<T>>, success?: (data: T) => string) => {
      startTransition(async () => {
        settle(await action(), success);
      });
    },
    [settle],
  );

  return { status, setStatus, pending, settle, run };
}
