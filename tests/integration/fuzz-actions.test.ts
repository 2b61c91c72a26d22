// First: Next's request stores must exist before any app module loads Next.
import { callAction, cookieFor, loadModule, type ActionFn } from "../support/fuzz/invoke";
import { beforeAll, describe, it, vi } from "vitest";
import { ACTION_TARGETS } from "../support/fuzz/action-targets";
import { loadAnchors } from "../support/fuzz/anchors";
import { actionInput } from "../support/fuzz/fields";
import { assertHostile, validationErrorProblems } from "../support/fuzz/property";
import { setupTestDatabase } from "../support/test-database";

/*
 * Hostile input to every server action (issue 9): random, oversized, wrongly
 * typed, prototype-polluting and injection-shaped payloads, as objects and as
 * FormData, sent by a user allowed to use the action. Each must answer the
 * project's error result with French field messages, never throw, never log
 * an unexpected error, and change no row. Who may call what is the
 * authorization matrix's business (authorization-matrix.test.ts).
 */
setupTestDatabase("seeded");
beforeAll(loadAnchors);

describe("server actions under hostile input", () => {
  it.each(Object.keys(ACTION_TARGETS))("%s", async (key) => {
    const target = ACTION_TARGETS[key]!;
    const [file, name] = key.split("#") as [string, string];
    const action = (await loadModule(file))[name] as ActionFn;
    const cookie = await cookieFor(target.signedInAs);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await assertHostile(actionInput(target.fields), async (input) => {
        logged.mockClear();
        let result: unknown;
        try {
          result = await callAction(action, input, cookie);
        } catch (error) {
          return [`exception : ${error instanceof Error ? error.stack : String(error)}`];
        }
        const problems = validationErrorProblems(result);
        for (const call of logged.mock.calls)
          problems.push(
            `console.error : ${call.map((a) => (a instanceof Error ? a.stack : String(a))).join(" ")}`,
          );
        return problems;
      });
    } finally {
      logged.mockRestore();
    }
  });
});
