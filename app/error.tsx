"use client";

import { ServerError } from "@/components/ui/server-error";

/** A page that failed on the server (the database stopped answering, a bug). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ServerError digest={error.digest} onRetry={reset} />;
}
