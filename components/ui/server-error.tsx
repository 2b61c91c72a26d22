import { Button } from "./button";
import { PageHeader } from "./page-header";

/**
 * What a visitor reads when a page failed on the server: French, no stack
 * trace (production hides the message anyway), with the reference that the
 * server logged so that the assistance can find it. No contact figures from
 * the server's environment: this renders in the browser too.
 */
export function ServerError({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <main id="contenu" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-12">
      <PageHeader title="Service momentanément indisponible" />
      <p>
        La page n&apos;a pas pu être affichée. Réessayez dans quelques instants ; si le problème
        persiste, contactez l&apos;assistance.
      </p>
      {digest ? (
        <p className="text-sm text-gray-600">Référence de l&apos;incident : {digest}</p>
      ) : null}
      <Button size="md" onClick={onRetry} className="self-start">
        Réessayer
      </Button>
    </main>
  );
}
