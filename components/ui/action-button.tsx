"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { FormStatus } from "./form-status";
import { useActionForm } from "./use-action-form";

/**
 * A button that runs one server action with nothing to fill in: pending while
 * it runs, then the status line below it says how it went (useActionForm).
 * `once`: the button goes away after a success (nothing left to do).
 */
export function ActionButton<T>({
  action,
  success,
  failure,
  once = false,
  children,
}: {
  action: () => Promise<ActionResult<T>>;
  success: (data: T) => string;
  failure: string;
  once?: boolean;
  children: ReactNode;
}) {
  const [done, setDone] = useState(false);
  const { status, pending, run } = useActionForm({ failure });
  return (
    <>
      {done ? null : (
        <Button
          variant="primary"
          size="md"
          pending={pending}
          className="self-start"
          onClick={() =>
            run(action, (data) => {
              if (once) setDone(true);
              return success(data);
            })
          }
        >
          {children}
        </Button>
      )}
      <FormStatus status={status} />
    </>
  );
}
