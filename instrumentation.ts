/**
 * Runs once when the server starts: a production server without its session
 * secret stops here instead of serving forgeable sessions.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitWithoutAuthSecret } = await import("./lib/auth/startup-check");
    exitWithoutAuthSecret();
  }
}
