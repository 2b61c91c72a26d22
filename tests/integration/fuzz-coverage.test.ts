import { describe, expect, it } from "vitest";
import { ACTION_TARGETS } from "../support/fuzz/action-targets";
import { discoverActions, discoverRoutes } from "../support/fuzz/discover";
import { ROUTE_TARGETS } from "../support/fuzz/route-targets";

/*
 * The fuzzing covers what the app has, not what it had: every server action
 * and route handler found in the files must have its entry in
 * tests/support/fuzz/action-targets.ts or route-targets.ts (its fields and the
 * user it runs as), and every entry must still exist.
 */
function coverage(found: string[], targets: Record<string, unknown>) {
  return {
    withoutFuzzTarget: found.filter((key) => !(key in targets)),
    targetOfNothing: Object.keys(targets).filter((key) => !found.includes(key)),
  };
}

describe("hostile-input fuzzing covers every entry point", () => {
  it("has fuzz targets for every server action", async () => {
    expect(coverage(await discoverActions(), ACTION_TARGETS)).toEqual({
      withoutFuzzTarget: [],
      targetOfNothing: [],
    });
  });

  it("has fuzz targets for every route handler", async () => {
    expect(coverage(await discoverRoutes(), ROUTE_TARGETS)).toEqual({
      withoutFuzzTarget: [],
      targetOfNothing: [],
    });
  });
});
