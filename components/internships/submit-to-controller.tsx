"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { submitToControllerAction } from "@/lib/internships/actions";

/**
 * The stagiaire sends the visaed document, with the maître's visa and
 * observations, to the contrôleur de stage (règlement du stage art. 522: the
 * stagiaire owns the deadlines).
 */
export function SubmitToController({ documentId }: { documentId: string }) {
  const { status, pending, run } = useActionForm({ failure: "Transmission impossible." });
  return (
    <section aria-labelledby="transmettre-controleur" className="flex flex-col gap-2">
      <h2 id="transmettre-controleur" className="text-xl font-semibold">
        Transmettre au contrôleur de stage
      </h2>
      <p>
        Votre maître de stage a visé ce document. Transmettez-le, avec son visa et ses observations,
        à votre contrôleur de stage.
      </p>
      <Button
        variant="primary"
        size="md"
        pending={pending}
        className="self-start"
        onClick={() =>
          run(
            () => submitToControllerAction({ documentId }),
            () => "Transmis à votre contrôleur de stage.",
          )
        }
      >
        Transmettre au contrôleur de stage
      </Button>
      <FormStatus status={status} />
    </section>
  );
}
