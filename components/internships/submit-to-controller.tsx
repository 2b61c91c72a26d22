"use client";

import { ActionButton } from "@/components/ui/action-button";
import { submitToControllerAction } from "@/lib/internships/actions";

/**
 * The stagiaire sends the visaed document, with the maître's visa and
 * observations, to the contrôleur de stage (règlement du stage art. 522: the
 * stagiaire owns the deadlines).
 */
export function SubmitToController({ documentId }: { documentId: string }) {
  return (
    <section aria-labelledby="transmettre-controleur" className="flex flex-col gap-2">
      <h2 id="transmettre-controleur" className="text-xl font-semibold">
        Transmettre au contrôleur de stage
      </h2>
      <p>
        Votre maître de stage a visé ce document. Transmettez-le, avec son visa et ses observations,
        à votre contrôleur de stage.
      </p>
      <ActionButton
        action={() => submitToControllerAction({ documentId })}
        success={() => "Transmis à votre contrôleur de stage."}
        failure="Transmission impossible."
      >
        Transmettre au contrôleur de stage
      </ActionButton>
    </section>
  );
}
