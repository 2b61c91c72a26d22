/**
 * What a blocked person reads, on every form that is rate-limited. Client-safe:
 * the sign-in form builds it from the error code next-auth hands back.
 */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`;
}

/*
 * next-auth turns the message of an error thrown by `authorize` into the
 * `error` of signIn()'s result: a blocked sign-in throws this code with the wait
 * in seconds, distinct from the generic "CredentialsSignin".
 */
const SIGN_IN_RATE_LIMITED = "TropDeTentatives";

export function signInRateLimitedCode(retryAfterSeconds: number): string {
  return `${SIGN_IN_RATE_LIMITED}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** The wait carried by a sign-in error code, or null for any other failure. */
export function retryAfterOfSignInError(error: string | null | undefined): number | null {
  const match = error?.match(new RegExp(`^${SIGN_IN_RATE_LIMITED}:(\\d{1,7})$`));
  return match ? Number(match[1]) : null;
}
