import { describe, expect, it } from "vitest";
import { formatDuration, formatHours } from "./duration";

describe("durations as the guide shows them", () => {
  it("uses the organization's day figure when set", () => {
    expect(formatDuration(360, 0.85)).toBe("6h00 (0.85)");
    expect(formatDuration(180, 0.5)).toBe("3h00 (0.5)");
  });

  it("defaults the day figure to hours / 7", () => {
    expect(formatDuration(180, null)).toBe("3h00 (0.43)");
    expect(formatHours(90)).toBe("1h30");
  });
});
