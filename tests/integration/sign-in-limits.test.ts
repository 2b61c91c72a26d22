import { beforeEach, describe, expect, it } from "vitest";
import {
  checkLinkWithinLimit,
  resetRequestWait,
  setPasswordWithinLimit,
} from "../../lib/accounts/link-limits";
import { authorizeSignIn, SignInRateLimited } from "../../lib/auth/sign-in-guard";
import { recordAttempt, setRateLimitStoreForTests } from "../../lib/security/rate-limit";
import { createMemoryStore } from "../../lib/security/rate-limit-memory-store";
import { retryAfterOfSignInError } from "../../lib/security/rate-limit-message";
import { setupTestDatabase } from "../support/test-database";

const { db } = setupTestDatabase("seeded");

const MINUTE = 60_000;
const t0 = new Date("2026-11-27T09:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const from = (address: string) => ({ "x-forwarded-for": `${address}, 10.0.0.1` });
const CLAIRE = "participant@demo.test";
const PASSWORD = "parcours-demo";

beforeEach(() => setRateLimitStoreForTests(createMemoryStore()));

/** The wait of a refused sign-in, as the form reads it from next-auth's error code. */
async function refusal(attempt: Promise<unknown>): Promise<number | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SignInRateLimited);
    return retryAfterOfSignInError((error as Error).message);
  }
}

describe("sign-in limits", () => {
  it("treat an unknown e-mail and a wrong password alike, then block both for one minute", async () => {
    for (const email of ["inconnu@demo.test", CLAIRE]) {
      const headers = from("203.0.113.1");
      for (let i = 0; i < 4; i++) {
        expect(await authorizeSignIn({ email, password: "faux" }, headers, at(i))).toBeNull();
      }
      // The fifth failure starts the block and says so.
      expect(await refusal(authorizeSignIn({ email, password: "faux" }, headers, at(4)))).toBe(60);
      // Blocked: even the right password waits, from any address.
      expect(
        await refusal(authorizeSignIn({ email, password: PASSWORD }, from("198.51.100.9"), at(5))),
      ).toBe(60);
    }
    // After the minute, the right password opens the account again.
    const user = await authorizeSignIn({ email: CLAIRE, password: PASSWORD }, {}, at(MINUTE + 4));
    expect(user?.email).toBe(CLAIRE);
  });

  it("double the block at each failure after it", async () => {
    const email = "Inconnu2@Demo.test";
    let now = 0;
    for (let i = 0; i < 4; i++) await authorizeSignIn({ email, password: "x" }, {}, at(now++));
    expect(await refusal(authorizeSignIn({ email, password: "x" }, {}, at(now)))).toBe(60);
    now += MINUTE;
    // Same e-mail, other case: the same account.
    expect(
      await refusal(authorizeSignIn({ email: "inconnu2@demo.test", password: "x" }, {}, at(now))),
    ).toBe(120);
  });

  it("forget an account's failures when it signs in", async () => {
    for (let i = 0; i < 4; i++) {
      await authorizeSignIn({ email: CLAIRE, password: "faux" }, {}, at(i));
    }
    expect(await authorizeSignIn({ email: CLAIRE, password: PASSWORD }, {}, at(10))).not.toBeNull();
    for (let i = 0; i < 4; i++) {
      expect(await authorizeSignIn({ email: CLAIRE, password: "faux" }, {}, at(20 + i))).toBeNull();
    }
  });

  it("count failures per address across e-mails, and never successes", async () => {
    const office = from("192.0.2.10");
    // One machine has tried one password on 48 e-mails (counted directly: each real
    // attempt costs a password hash), then a 49th through the sign-in itself...
    for (let i = 0; i < 48; i++) await recordAttempt("signInAddress", "192.0.2.10", at(i));
    expect(
      await authorizeSignIn({ email: "n48@demo.test", password: "x" }, office, at(50)),
    ).toBeNull();
    // ...while colleagues at the same address sign in: successes are not counted.
    for (let i = 0; i < 2; i++) {
      expect(
        await authorizeSignIn({ email: CLAIRE, password: PASSWORD }, office, at(100 + i)),
      ).not.toBeNull();
    }
    // The 50th failure blocks the address, whatever the account.
    expect(
      await refusal(authorizeSignIn({ email: "n49@demo.test", password: "x" }, office, at(200))),
    ).toBe(60);
    expect(
      await refusal(authorizeSignIn({ email: CLAIRE, password: PASSWORD }, office, at(201))),
    ).toBe(60);
    // Another address is not concerned.
    expect(
      await authorizeSignIn({ email: CLAIRE, password: PASSWORD }, from("192.0.2.11"), at(202)),
    ).not.toBeNull();
  });
});

describe("password reset and link limits", () => {
  it("refuse a fourth reset request for one e-mail within the hour", async () => {
    for (let i = 0; i < 3; i++) {
      expect(await resetRequestWait("quelqu.un@demo.test", from("192.0.2.20"), at(i))).toBeNull();
    }
    expect(await resetRequestWait("quelqu.un@demo.test", from("192.0.2.21"), at(3))).toBe(15 * 60);
    expect(await resetRequestWait("autre@demo.test", from("192.0.2.21"), at(4))).toBeNull();
  });

  it("refuse reset requests from one address after ten", async () => {
    for (let i = 0; i < 10; i++) {
      expect(await resetRequestWait(`p${i}@demo.test`, from("192.0.2.30"), at(i))).toBeNull();
    }
    expect(await resetRequestWait("p10@demo.test", from("192.0.2.30"), at(10))).toBe(15 * 60);
  });

  it("stop an address guessing invitation or reset links after 20 unknown tokens", async () => {
    const prisma = await db();
    const guesser = from("192.0.2.40");
    for (let i = 0; i < 19; i++) {
      const token = `${"A".repeat(42)}${String.fromCharCode(65 + (i % 26))}`;
      expect(await checkLinkWithinLimit(prisma, token, "INVITATION", guesser, at(i))).toEqual({
        state: "invalid",
      });
    }
    expect(
      await setPasswordWithinLimit(
        prisma,
        { token: "B".repeat(43), purpose: "PASSWORD_RESET", password: "douze caracteres" },
        guesser,
        at(20),
      ),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await checkLinkWithinLimit(prisma, "C".repeat(43), "INVITATION", guesser, at(21)),
    ).toEqual({
      state: "limited",
      retryAfterSeconds: 60,
    });
    expect(
      await checkLinkWithinLimit(prisma, "C".repeat(43), "INVITATION", from("192.0.2.41"), at(22)),
    ).toEqual({
      state: "invalid",
    });
  });
});
