import fc from "fast-check";
import { changedTables, snapshotDb } from "./db-snapshot";
import { prototypePollution } from "./prototype-guard";

/**
 * Runs one hostile-input property: `check` answers the problems of one run
 * (empty when the answer was right). Around the whole property: no row of any
 * table changed; after each run: no built-in prototype polluted.
 *
 * FUZZ_RUNS scales the number of runs (default 60 per action or route);
 * FUZZ_SEED replays a failure with the seed fast-check printed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

export async function assertHostile<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<string[]>,
  options: { runs?: number } = {},
): Promise<void> {
  const before = await snapshotDb();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      const problems = await check(value);
      const polluted = prototypePollution();
      if (polluted.length) problems.push(`prototype pollué : ${polluted.join(", ")}`);
      if (problems.length) throw new Error(problems.join("\n"));
    }),
    {
      numRuns: options.runs ?? RUNS,
      ...(SEED !== undefined ? { seed: SEED } : {}),
      // FUZZ_NO_SHRINK=1: the failing input as generated (shrinking can blur which field was bad).
      ...(process.env.FUZZ_NO_SHRINK ? { endOnFailure: true } : {}),
    },
  );
  if (details.failed) {
    // fast-check's own report prints the whole counterexample, 1 MB strings included.
    // Invisible characters (a BOM, a zero-width space) are written out as \uXXXX.
    const example = fc
      .stringify(details.counterexample)
      .slice(0, 1500)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : "";
    throw new Error(
      `Propriété en échec après ${details.numRuns} essais (rejouer : FUZZ_SEED=${details.seed}).\n` +
        `Contre-exemple : ${example}\n${cause.slice(0, 3000)}`,
    );
  }
  const changed = changedTables(before, await snapshotDb());
  if (changed.length)
    throw new Error(`Lignes modifiées par des entrées hostiles : ${changed.join(", ")}`);
}

/** zod's own messages are English; every message shown to a person must be French. */
const ENGLISH = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)\b/;
export const isFrenchMessage = (message: unknown) =>
  typeof message === "string" && message.trim() !== "" && !ENGLISH.test(message);

/**
 * An action's answer to hostile input: the project's error result (ok false,
 * French messages per field), never an exception, never the "unexpected
 * error" message that hides one.
 */
export function validationErrorProblems(result: unknown): string[] {
  if (typeof result !== "object" || result === null)
    return [`résultat inattendu : ${String(result)}`];
  const { ok, formError, fieldErrors } = result as {
    ok?: unknown;
    formError?: unknown;
    fieldErrors?: unknown;
  };
  const problems: string[] = [];
  if (ok !== false) problems.push(`accepté : ${JSON.stringify(result).slice(0, 300)}`);
  if (typeof formError === "string" && /erreur inattendue/i.test(formError))
    problems.push(`erreur inattendue : ${formError}`);
  if (typeof fieldErrors !== "object" || fieldErrors === null) {
    problems.push("pas de fieldErrors");
    return problems;
  }
  const messages = Object.values(fieldErrors as Record<string, unknown>).flat();
  if (messages.length === 0)
    problems.push(`aucune erreur de champ (formError : ${String(formError)})`);
  for (const message of messages) {
    if (!isFrenchMessage(message))
      problems.push(`message non français : ${JSON.stringify(message)}`);
  }
  return problems;
}
