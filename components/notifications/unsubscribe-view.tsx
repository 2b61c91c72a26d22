import Link from "next/link";
import { oneClickPath, PREFERENCES_PATH } from "@/lib/notifications/links";
import { UNSUBSCRIBE_REFUSALS, type UnsubscribeState } from "@/lib/notifications/unsubscribe";
import { PageHeader } from "@/components/ui/page-header";

const quoted = (labels: string[]) => labels.map((l) => `« ${l} »`).join(", ");

/**
 * The page of an unsubscribe link. Opening it changes nothing (mail scanners
 * open links); the button does, and the page then says what is off.
 */
export function UnsubscribeView({ token, status }: { token: string; status: UnsubscribeState }) {
  return (
    <article className="flex flex-col gap-4">
      <PageHeader title="Désinscription des e-mails" />
      {status.state === "active" ? (
        <>
          <p>
            Ce lien arrête les e-mails {quoted(status.labels)} envoyés à votre adresse. Les messages
            liés à votre compte, à votre sécurité et aux modifications de vos sessions restent
            envoyés.
          </p>
          <form method="post" action={oneClickPath(token)}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Ne plus recevoir ces e-mails
            </button>
          </form>
        </>
      ) : status.state === "off" ? (
        <p role="status">
          C&apos;est fait : les e-mails {quoted(status.labels)} sont désactivés. Vous ne les
          recevrez plus.
        </p>
      ) : (
        <p role="alert">{UNSUBSCRIBE_REFUSALS[status.state]}</p>
      )}
      <p>
        Vous pouvez choisir à tout moment ce que vous recevez sur la page{" "}
        <Link href={PREFERENCES_PATH} className="text-brand-800 underline">
          Mes notifications
        </Link>{" "}
        (après connexion).
      </p>
    </article>
  );
}
