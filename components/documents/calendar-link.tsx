import { buttonClass } from "@/components/ui/button-link";

/** "Ajouter à mon agenda": a file download (.ics), so a plain link, not a client-side navigation. */
export function CalendarLink({ registrationId, title }: { registrationId: string; title: string }) {
  return (
    <a href={`/sessions/${registrationId}/agenda`} className={buttonClass()} download>
      Ajouter à mon agenda<span className="sr-only"> : {title}</span>
    </a>
  );
}
