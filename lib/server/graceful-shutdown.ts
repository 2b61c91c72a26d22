/*
 * `next start` drains on SIGTERM and SIGINT: it stops accepting connections,
 * waits for the requests in flight (http.Server#close), then calls
 * process.exit(143 or 130). It offers no hook after the drain, and a signal
 * listener of our own runs before it, which would close the database under
 * the requests still running. So once a signal has arrived, process.exit is
 * wrapped: the exit that Next asks for after the drain first runs our steps
 * (finish the e-mails being sent, close the database: PGlite writes its files
 * when it closes), then happens. A drain that never ends (a stuck request) is
 * cut after DRAIN_LIMIT_MS, and a step that hangs after STEP_LIMIT_MS, so the
 * process still stops within a host's usual 30 s grace period.
 */

export type ShutdownStep = { name: string; run: () => Promise<void> };

export const DRAIN_LIMIT_MS = 15_000;
export const STEP_LIMIT_MS = 5_000;

const SIGNALS = { SIGTERM: 143, SIGINT: 130 } as const;
const INSTALLED = Symbol.for("parcours.graceful-shutdown");

function limited(step: ShutdownStep): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      console.error(`[arrêt] ${step.name} : abandonné après ${STEP_LIMIT_MS} ms`);
      resolve();
    }, STEP_LIMIT_MS);
    step
      .run()
      .then(() => console.info(`[arrêt] ${step.name} : terminé`))
      .catch((error: unknown) => console.error(`[arrêt] ${step.name} :`, error))
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

/** Installs the shutdown sequence once per process; later calls do nothing. */
export function installGracefulShutdown(steps: ShutdownStep[]): void {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;

  const exit = process.exit.bind(process);
  let signalled = false;
  let finishing: Promise<void> | null = null;

  const finish = (code: number | string | null | undefined) => {
    finishing ??= (async () => {
      for (const step of steps) await limited(step);
    })().finally(() => exit(code));
  };

  process.exit = ((code?: number | string | null) => {
    if (!signalled) return exit(code);
    finish(code);
    // The process ends once the steps are done; the caller carries on until then.
    return undefined as never;
  }) as typeof process.exit;

  for (const [signal, code] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      // Nobody else drains (NEXT_MANUAL_SIG_HANDLE, a plain Node process): stop now.
      if (process.listenerCount(signal) === 1) return finish(code);
      setTimeout(() => {
        console.error(
          `[arrêt] requêtes toujours en cours après ${DRAIN_LIMIT_MS} ms : arrêt forcé`,
        );
        finish(code);
      }, DRAIN_LIMIT_MS).unref();
    });
  }
}
