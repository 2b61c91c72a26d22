// First: Next's request storage must exist before any Next module loads.
import { inRequest, requestHeaders, sessionCookie } from "../support/next-request";
import { describe, expect, it } from "vitest";
import { issueAccountToken, setPasswordWithToken } from "../../lib/accounts/tokens";
import { authenticate } from "../../lib/auth/credentials";
import { getAuthOptions } from "../../lib/auth/options";
import { getViewer } from "../../lib/auth/viewer";
import { setupTestDatabase } from "../support/test-database";

/*
 * A password change (reset link) ends every session opened before it: the
 * cookie carries the session version of its sign-in, and getViewer refuses a
 * version older than the user's. Real session cookies, Next's own request
 * handling (tests/support/next-request).
 */
const { db } = setupTestDatabase("seeded");
const EMAIL = "particulier@demo.test";

const viewerWith = (cookie: string | undefined) =>
  inRequest("/sessions", requestHeaders("/sessions", cookie), "render", () => getViewer());

/** The cookie next-auth issues at sign-in, through the app's own jwt callback. */
async function signInCookie(password: string) {
  const user = await authenticate({ email: EMAIL, password });
  expect(user).not.toBeNull();
  const jwt = getAuthOptions().callbacks!.jwt!;
  const token = await jwt({ token: {}, user: user!, account: null, trigger: "signIn" } as never);
  return sessionCookie({ id: token.sub!, sessionVersion: token.sv as number });
}

describe("password change", () => {
  it("ends the sessions opened with the old password, not the new ones", async () => {
    const before = await signInCookie("parcours-demo");
    expect((await viewerWith(before))?.email).toBe(EMAIL);

    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } });
    const { token } = await issueAccountToken(prisma, {
      userId: user.id,
      purpose: "PASSWORD_RESET",
    });
    expect(
      await setPasswordWithToken(prisma, {
        token,
        purpose: "PASSWORD_RESET",
        password: "un tout nouveau mot de passe",
      }),
    ).toMatchObject({ ok: true });

    expect(await viewerWith(before)).toBeNull();
    const after = await signInCookie("un tout nouveau mot de passe");
    expect((await viewerWith(after))?.email).toBe(EMAIL);
  });
});
