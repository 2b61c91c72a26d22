import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address", () => {
  it("reads the first forwarded address, then X-Real-IP", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe(
      "203.0.113.7",
    );
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientAddress(new Headers())).toBe("inconnue");
  });

  it("reads next-auth's plain header object too", () => {
    expect(clientAddress({ "x-forwarded-for": " 2001:db8::1 , 10.0.0.1" })).toBe("2001:db8::1");
    expect(clientAddress({})).toBe("inconnue");
  });
});
