/**
 * Runs once when the server starts: a production server without its session
 * secret stops here instead of serving forgeable sessions, and one that would
 * keep its data, mail or files on the local disk stops too (unless
 * PARCOURS_ALLOW_LOCAL_STATE=1, lib/server/production-guards); then the server's
 * background work starts (mail worker, retention purge) and the graceful
 * shutdown is installed. First of all, the workaround for React's leak of
 * finished renders (lib/server/abort-reason-stacks).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before any render: React's renderer would otherwise pin every finished render (the module says how).
    const { releaseAbortReasonStacks } = await import("./lib/server/abort-reason-stacks");
    releaseAbortReasonStacks();
    const { exitWithoutAuthSecret } = await import("./lib/auth/startup-check");
    exitWithoutAuthSecret();
    const { exitOnUnsafeProductionState } = await import("./lib/server/production-guards");
    exitOnUnsafeProductionState();
    const { startMailWorker } = await import("./lib/jobs/mail-worker");
    startMailWorker();
    // Daily purge of expired links, old e-mails and audit entries (GDPR retention policy).
    const { startRetentionJob } = await import("./lib/jobs/retention-job");
    startRetentionJob();
    // Once `next start` has drained the requests in flight on SIGTERM: finish
    // the e-mails under way, then close the database (PGlite writes to disk).
    const { installGracefulShutdown } = await import("./lib/server/graceful-shutdown");
    const { drainMail } = await import("./lib/mail/queue");
    const { closeDb } = await import("./lib/db/client");
    installGracefulShutdown([
      { name: "e-mails", run: drainMail },
      { name: "base de données", run: closeDb },
    ]);
  }
}
