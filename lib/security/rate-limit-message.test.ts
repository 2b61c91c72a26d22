import { describe, expect, it } from "vitest";
import {
  retryAfterOfSignInError,
  signInRateLimitedCode,
  tooManyAttemptsMessage,
} from "./rate-limit-message";

describe("too many attempts message", () => {
  it("says the wait in whole minutes, rounded up, in French", () => {
    expect(tooManyAttemptsMessage(1)).toBe("Trop de tentatives. Réessayez dans 1 minute.");
    expect(tooManyAttemptsMessage(60)).toBe("Trop de tentatives. Réessayez dans 1 minute.");
    expect(tooManyAttemptsMessage(61)).toBe("Trop de tentatives. Réessayez dans 2 minutes.");
    expect(tooManyAttemptsMessage(3600)).toBe("Trop de tentatives. Réessayez dans 60 minutes.");
  });

  it("carries the wait through next-auth's error code, distinct from the generic failure", () => {
    expect(retryAfterOfSignInError(signInRateLimitedCode(119.2))).toBe(120);
    expect(retryAfterOfSignInError("CredentialsSignin")).toBeNull();
    expect(retryAfterOfSignInError("TropDeTentatives:abc")).toBeNull();
    expect(retryAfterOfSignInError(null)).toBeNull();
  });
});
