import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authCookies, usesSecureCookies } from "./cookies";
import { getAuthSecret } from "./secret";
import { siteRedirect } from "./site-redirect";
import { authorizeSignIn } from "./sign-in-guard";

const EIGHT_HOURS = 8 * 60 * 60;

/**
 * Built on first use, not at import: `next build` imports every route without
 * the production secret, and must not fail for it (the server refuses to start
 * without it instead, see instrumentation.ts).
 */
let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

const buildAuthOptions = (): NextAuthOptions => ({
  secret: getAuthSecret(),
  // Credentials sign-in needs JWT sessions; the token carries the user id and the
  // session version, checked against the database on every request (lib/auth/viewer).
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  useSecureCookies: usesSecureCookies(),
  cookies: authCookies(usesSecureCookies()),
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse e-mail",
      credentials: {
        email: { label: "Adresse e-mail", type: "email" },
        password: { label: "Mot de passe", type: "password" },
      },
      // Rate-limited per e-mail and per address (lib/auth/sign-in-guard).
      authorize: async (credentials, request) =>
        authorizeSignIn(credentials, request.headers ?? {}),
    }),
  ],
  callbacks: {
    // The default throws on a forged callbackUrl that is not a URL (a 500).
    redirect: async (params) => siteRedirect(params),
    jwt: async ({ token, user }) => {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    // Only what lib/auth/viewer needs to find the user and check the version.
    session: async ({ session, token }) => ({
      ...session,
      userId: token.sub,
      sessionVersion: token.sv,
    }),
  },
});
