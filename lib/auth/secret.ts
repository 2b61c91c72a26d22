/**
 * The secret that signs session cookies. Production refuses to run without
 * one (a default would let anyone forge a session); development and tests get
 * a fixed, clearly non-production value.
 */
export function getAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.NEXTAUTH_SECRET?.trim();
  if (secret) return secret;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET manque : Parcours refuse de démarrer en production sans secret de session (voir .env.example).",
    );
  }
  return "parcours-development-secret-not-for-production";
}
