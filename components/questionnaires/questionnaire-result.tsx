"use client";

import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/dates/paris";

/**
 * A submitted questionnaire: when it was sent and, for the tests, the score the
 * server computed. Right after sending, the focus comes here so that keyboard
 * and screen-reader users learn the outcome at once.
 */
export function QuestionnaireResult({
  submittedAt,
  score,
  maxScore,
  scored,
  justSubmitted,
}: {
  submittedAt: Date;
  score: number | null;
  maxScore: number | null;
  scored: boolean;
  justSubmitted: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justSubmitted) headingRef.current?.focus();
  }, [justSubmitted]);
  return (
    <section
      aria-labelledby="resultat-title"
      className="flex flex-col gap-2 rounded-lg border border-green-300 bg-green-50 p-4"
    >
      <h2 id="resultat-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {justSubmitted ? "Vos réponses ont bien été envoyées" : "Questionnaire envoyé"}
      </h2>
      <p>Envoyé le {formatDateTime(submittedAt)}. Vos réponses ne peuvent plus être modifiées.</p>
      {scored && score !== null && maxScore !== null ? (
        <p className="text-lg">
          Votre note :{" "}
          <strong>
            {score}/{maxScore}
          </strong>
        </p>
      ) : null}
      {!scored ? <p>Merci : votre avis aide l&apos;organisme à améliorer ses formations.</p> : null}
    </section>
  );
}
