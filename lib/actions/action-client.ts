import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/load-viewer";
import { getViewer } from "@/lib/auth/viewer";
import { parseInput } from "./parse-input";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

/**
 * The one door of every server action: authenticate, parse the input with the
 * zod schema the form also uses, then run the handler (which authorizes against
 * the data it touches and returns null when the data is not the caller's).
 * Unexpected errors are logged with an id and reported in French with that id.
 */
export class ActionNotFound extends Error {}

export function authenticatedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, viewer: Viewer) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const viewer = await getViewer();
    if (!viewer) return failure("Votre session a expiré : reconnectez-vous.");
    const parsed = parseInput(schema, input);
    if (!parsed.success) {
      return {
        ok: false,
        formError: "Certaines informations sont invalides.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    }
    try {
      return await handler(parsed.data, viewer);
    } catch (error) {
      if (error instanceof ActionNotFound) return failure("Élément introuvable.");
      const id = crypto.randomUUID().slice(0, 8);
      console.error(`[action ${id}]`, error);
      return failure(
        `Une erreur inattendue est survenue (référence ${id}). Réessayez ou contactez l'assistance.`,
      );
    }
  };
}
