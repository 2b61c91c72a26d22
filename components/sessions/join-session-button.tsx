import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/dates/paris";
import type { JoinWindow } from "@/lib/sessions/virtual-class";

/**
 * "Accéder à la session": a form, because joining is recorded (connection log
 * for proof of attendance) before the participant is sent to the class.
 */
export function JoinSessionButton({
  registrationId,
  join,
}: {
  registrationId: string;
  join: JoinWindow;
}) {
  if (join.state === "open") {
    return (
      <form action={`/sessions/${registrationId}/rejoindre`} method="post">
        <Button type="submit" native>
          Accéder à la session
        </Button>
      </form>
    );
  }
  if (join.state === "later") {
    return (
      <p className="text-sm text-ink-muted">
        <span aria-hidden="true">Accéder à la session : </span>
        <span className="sr-only">Accès à la session </span>
        ouvert à partir du {formatDateTime(join.opensAt)}
      </p>
    );
  }
  return null;
}
