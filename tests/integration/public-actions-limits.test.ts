// First: Next's request stores must exist before any app module loads Next.
import { inRequest, requestHeaders } from "../support/next-request";
import { beforeEach, describe, expect, it } from "vitest";
import {
  acceptInvitationAction,
  requestPasswordResetAction,
  resetPasswordAction,
} from "../../lib/accounts/actions";
import { RESET_REQUESTED } from "../../lib/accounts/schemas";
import { setRateLimitStoreForTests } from "../../lib/security/rate-limit";
import { createMemoryStore } from "../../lib/security/rate-limit-memory-store";
import { setupTestDatabase } from "../support/test-database";

/*
 * The signed-out actions go through the one door's public client
 * (publicAction): no session, so the address's rate limit is what holds a
 * guesser back. Called as Next calls them, from one address.
 */
setupTestDatabase("seeded");
beforeEach(() => setRateLimitStoreForTests(createMemoryStore()));

const TOO_MANY = /^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/;

function fromAddress(address: string) {
  const headers = requestHeaders("/", undefined);
  headers.set("x-forwarded-for", `${address}, 10.0.0.1`);
  return <T>(call: () => Promise<T>) => inRequest("/", headers, "action", call);
}

describe("public actions behind the rate limit", () => {
  it("answer a reset request the same way three times, then refuse the fourth with the wait", async () => {
    const call = fromAddress("198.51.100.10");
    const request = () => requestPasswordResetAction({ email: "personne@inconnu.test" });
    for (let i = 0; i < 3; i++) {
      expect(await call(request)).toEqual({ ok: true, data: RESET_REQUESTED });
    }
    const refused = await call(request);
    expect(refused).toMatchObject({ ok: false, fieldErrors: {} });
    expect((refused as { formError: string }).formError).toMatch(TOO_MANY);
  });

  it("refuse invalid input with the form's message, without counting it", async () => {
    const call = fromAddress("198.51.100.11");
    for (let i = 0; i < 5; i++) {
      expect(await call(() => requestPasswordResetAction({ email: "pas-une-adresse" }))).toEqual({
        ok: false,
        formError: "Adresse e-mail invalide.",
        fieldErrors: { email: ["Saisissez une adresse e-mail valide."] },
      });
    }
    expect(await call(() => requestPasswordResetAction({ email: "autre@inconnu.test" }))).toEqual({
      ok: true,
      data: RESET_REQUESTED,
    });
  });

  it("stop an address guessing links after 20 unknown tokens, on either password form", async () => {
    const call = fromAddress("198.51.100.12");
    const attempt = (action: typeof resetPasswordAction, i: number) =>
      call(() =>
        action({
          token: `${"A".repeat(42)}${String.fromCharCode(65 + (i % 26))}`,
          password: "douze caracteres",
          confirmation: "douze caracteres",
        }),
      );
    for (let i = 0; i < 20; i++) {
      const result = await attempt(i % 2 ? resetPasswordAction : acceptInvitationAction, i);
      expect((result as { formError?: string }).formError).toMatch(/^Ce lien n'est pas valide\./);
    }
    const refused = await attempt(acceptInvitationAction, 20);
    expect((refused as { formError: string }).formError).toMatch(TOO_MANY);
    // Another address is not concerned.
    const other = await fromAddress("198.51.100.13")(() =>
      resetPasswordAction({
        token: "B".repeat(43),
        password: "douze caracteres",
        confirmation: "douze caracteres",
      }),
    );
    expect((other as { formError: string }).formError).toMatch(/^Ce lien n'est pas valide\./);
  });
});
