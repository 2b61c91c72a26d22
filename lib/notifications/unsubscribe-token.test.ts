import { describe, expect, it } from "vitest";
import { preferencesSchema } from "./schemas";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "secret-de-test-0123456789";
const now = new Date("2027-03-01T09:00:00Z");
const token = createUnsubscribeToken(
  { userId: "user-claire", categories: ["ELEARNING"] },
  now,
  SECRET,
);

describe("unsubscribe tokens", () => {
  it("name their user and categories, and are signed", () => {
    const check = verifyUnsubscribeToken(token, now, SECRET);
    expect(check).toMatchObject({
      ok: true,
      claims: { userId: "user-claire", categories: ["ELEARNING"] },
    });
  });

  it("refuse another secret, an altered payload or signature, and garbage", () => {
    expect(verifyUnsubscribeToken(token, now, "autre-secret")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const [payload, signature] = token.split(".");
    const other = Buffer.from(
      JSON.stringify({ u: "user-thomas", c: ["ELEARNING"], e: 1e10 }),
    ).toString("base64url");
    for (const forged of [
      `${other}.${signature}`,
      `${payload}.${signature!.slice(0, -2)}xx`,
      `${payload}`,
      `${payload}.${signature}.x`,
      "",
      "a".repeat(5_000),
      42,
      null,
    ]) {
      expect(verifyUnsubscribeToken(forged, now, SECRET)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("refuse a signed token for an always-on or unknown category", () => {
    const account = createUnsubscribeToken(
      { userId: "u", categories: ["ACCOUNT" as never] },
      now,
      SECRET,
    );
    expect(verifyUnsubscribeToken(account, now, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("expire after 90 days", () => {
    const later = new Date(now.getTime() + 91 * 86_400_000);
    expect(verifyUnsubscribeToken(token, later, SECRET)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("the preferences schema", () => {
  const all = {
    SESSIONS: "IMMEDIATE",
    QUESTIONNAIRES: "WEEKLY_DIGEST",
    ELEARNING: "NEVER",
    INTERNSHIP: "IMMEDIATE",
    CONTINUING_EDUCATION: "IMMEDIATE",
  };
  const errors = (input: unknown) => {
    const result = preferencesSchema.safeParse(input);
    return result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("takes one of three choices per optional category", () => {
    expect(errors({ choices: all })).toBeNull();
  });

  it("refuses an unknown choice, an unknown or always-on category, and a user id, on their field", () => {
    expect(errors({ choices: { ...all, ELEARNING: "SOMETIMES" } })).toEqual([
      ["choices.ELEARNING", "Choisissez Immédiatement, Résumé hebdomadaire ou Jamais."],
    ]);
    expect(errors({ choices: { ...all, ACCOUNT: "NEVER" } })).toEqual([
      ["choices", "Catégorie de notifications inconnue ou toujours active."],
    ]);
    expect(errors({ choices: { ...all, MARKETING: "NEVER" } })).toEqual([
      ["choices", "Catégorie de notifications inconnue ou toujours active."],
    ]);
    expect(errors({ choices: all, userId: "user-claire" })?.[0]?.[0]).toBe("");
  });
});
