/*
 * A workaround for a memory leak in React's server renderer (Flight), open
 * upstream as react/react#37288 (fix proposed in react/react#37289) and
 * vercel/next.js#84648.
 *
 * When a render completes, Flight aborts its cache controller with
 * `new Error("This render completed successfully…")`. V8 keeps an error's
 * stack as structured frames (CallSiteInfo) until `.stack` is first read, and
 * those frames hold the objects they ran on: here a setImmediate of the render,
 * linked to the next immediates of the same turn, each carrying the
 * AsyncLocalStorage store of its own request. Nobody reads that stack, and the
 * aborted signal lives as long as its request store (a keep-alive socket keeps
 * its last one), so under load every render ends up chained to the next:
 * measured on `next start` capped at 256 MB of heap, "Mes sessions" ran out of
 * memory after about 1,300 requests, with every ServerResponse still reachable.
 *
 * Reading `.stack` once turns the frames into a string and lets them go. So
 * abort() reads the stack of an Error reason before passing it on; nothing
 * else changes (same reason, same event). Installed once per process, by
 * instrumentation.ts on the Node.js runtime. Remove it when the React that
 * Next.js bundles no longer captures a stack for that reason.
 */

const INSTALLED = Symbol.for("parcours.abort-reason-stacks");

export function releaseAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  Object.defineProperty(proto, "abort", {
    configurable: true,
    writable: true,
    value: function abortWithReleasedStack(this: AbortController, reason?: unknown) {
      // Formatting the stack drops V8's structured frames (and what they point to).
      if (reason instanceof Error) void reason.stack;
      return abort.call(this, reason);
    },
  });
  proto[INSTALLED] = true;
}
