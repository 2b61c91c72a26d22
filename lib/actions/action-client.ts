import "server-only";
import crypto from "node:crypto";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/load-viewer";
import { getViewer } from "@/lib/auth/viewer";
import { tooManyAttemptsMessage } from "@/lib/security/rate-limit-message";
import { parseInput } from "./parse-input";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

/**
 * The one door of every server action: authenticate (or, for the few public
 * ones, rate-limit), parse the input with the zod schema the form also uses,
 * then run the handler (which authorizes against the data it touches and
 * returns null when the data is not the caller's). Unexpected errors are
 * logged with an id and reported in French with that id.
 */
export class ActionNotFound extends Error {}

const INVALID_INPUT = "Certaines informations sont invalides.";

function invalid(error: z.ZodError, formError: string): ActionResult<never> {
  return { ok: false, formError, fieldErrors: fieldErrorsOf(error) };
}

/** Runs a handler; what it throws is logged with an id, never shown to the client as is. */
async function guarded<T>(
  run: () => Promise<ActionResult<T>>,
  whenFailed?: (id: string) => ActionResult<T>,
  label?: string,
): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ActionNotFound) return failure("Élément introuvable.");
    const id = crypto.randomUUID().slice(0, 8);
    if (label) console.error(`[action ${id}] ${label}`, error);
    else console.error(`[action ${id}]`, error);
    if (whenFailed) return whenFailed(id);
    return failure(
      `Une erreur inattendue est survenue (référence ${id}). Réessayez ou contactez l'assistance.`,
    );
  }
}

export function authenticatedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, viewer: Viewer) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) =>
    // The session is read from the database: inside the guard, so that a database
    // away answers the form in French rather than with a 500.
    guarded(async () => {
      const viewer = await getViewer();
      if (!viewer) return failure("Votre session a expiré : reconnectez-vous.");
      const parsed = parseInput(schema, input);
      if (!parsed.success) return invalid(parsed.error, INVALID_INPUT);
      return handler(parsed.data, viewer);
    });
}

type RequestHeaders = Awaited<ReturnType<typeof headers>>;

export type PublicActionOptions<I, T> = {
  /**
   * The seconds the caller must wait before trying again, or null: the rate
   * limits of lib/security, counted per address (and per e-mail where the
   * input has one). A signed-out action has no account to hold it back, so
   * the limit is not optional.
   */
  limit: (input: I, headers: RequestHeaders) => Promise<number | null>;
  /** The form-level message of an input the schema refuses. */
  invalidInput?: string;
  /** The answer after an unexpected error (logged with its id), when the default would say too much. */
  whenFailed?: (id: string) => ActionResult<T>;
  /** A word for the server log beside the error's id. */
  label?: string;
};

/**
 * A server action a signed-out person may call (invitation and reset links,
 * the reset request): the same contract as authenticatedAction, with a rate
 * limit in place of the session. The limit is checked once the input is
 * valid, inside the same guard as the handler.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, headers: RequestHeaders) => Promise<ActionResult<T>>,
  options: PublicActionOptions<z.infer<S>, T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const parsed = parseInput(schema, input);
    if (!parsed.success) return invalid(parsed.error, options.invalidInput ?? INVALID_INPUT);
    return guarded(
      async () => {
        const requestHeaders = await headers();
        const wait = await options.limit(parsed.data, requestHeaders);
        if (wait !== null) return failure(tooManyAttemptsMessage(wait));
        return handler(parsed.data, requestHeaders);
      },
      options.whenFailed,
      options.label,
    );
  };
}
