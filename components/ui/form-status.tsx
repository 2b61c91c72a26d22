/**
 * The line where a form says how its sending went. It is always in the page,
 * empty and hidden until there is something to say: a live region must exist
 * before its text changes for screen readers to announce the change.
 */
export type Status = { ok: boolean; text: string };

export function FormStatus({
  status,
  className = "text-sm",
}: {
  status: Status | null | undefined;
  className?: string;
}) {
  return (
    <p
      role="status"
      className={
        status ? `${className} ${status.ok ? "text-green-800" : "text-red-800"}` : "sr-only"
      }
    >
      {status?.text ?? ""}
    </p>
  );
}

const BOX = {
  error: "rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800",
  success: "rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-800",
} as const;

/**
 * The boxed message at the top of a form: an error (role alert, read at once)
 * or a confirmation (role status). Hidden while empty, like FormStatus.
 */
export function FormMessage({
  tone,
  id,
  children,
}: {
  tone: keyof typeof BOX;
  id?: string;
  children?: React.ReactNode;
}) {
  const shown =
    children !== null && children !== undefined && children !== "" && children !== false;
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      id={id}
      className={shown ? BOX[tone] : "sr-only"}
    >
      {shown ? children : ""}
    </div>
  );
}

/** A form's one-line answer with its tone: an error is read at once (alert), a success politely. */
export function ToneStatus({
  message,
}: {
  message: { tone: "error" | "ok"; text: string } | null;
}) {
  return (
    <p
      role={message?.tone === "error" ? "alert" : "status"}
      className={message?.tone === "error" ? "text-sm text-red-800" : "text-sm text-green-800"}
    >
      {message?.text ?? ""}
    </p>
  );
}
