import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * What Flight does at the end of a render: an Error created inside a method
 * of some object (a setImmediate of the render), given to abort(), and the
 * signal kept while everything else is dropped. The object must be collectable.
 */
function abortFromInside(controller: AbortController): WeakRef<object> {
  const render = {
    payload: new Array(10_000).fill("rendered html"),
    finish() {
      controller.abort(new Error("This render completed successfully."));
    },
  };
  render.finish();
  return new WeakRef(render);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  // A WeakRef's target survives the job that created it: collect in a later one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return ref.deref() === undefined;
}

// In this order: the first test runs before the workaround is installed (each test file has its own worker).
describe("the abort reason's stack", () => {
  it("pins the object its Error was created in while the signal lives, without the workaround", async () => {
    const controller = new AbortController();
    const ref = abortFromInside(controller);
    expect(await collected(ref)).toBe(false);
    expect(controller.signal.aborted).toBe(true);
  });

  it("lets it go once installed, and abort() still passes the same reason", async () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // once per process: a second call changes nothing
    const controller = new AbortController();
    const ref = abortFromInside(controller);
    expect(await collected(ref)).toBe(true);
    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as Error).message).toBe("This render completed successfully.");
    expect((controller.signal.reason as Error).stack).toContain("abortFromInside");
  });
});
