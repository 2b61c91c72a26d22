import { describe, expect, it } from "vitest";
import { landingSpace, spacesOf, type Space } from "./spaces";

describe("landingSpace", () => {
  const spaces: Space[] = ["participant", "company", "supervisor"];

  it("lands on the last space used while the account holds it", () => {
    expect(landingSpace(spaces, "supervisor")).toBe("supervisor");
  });

  it("falls back to the first space for a space no longer held, an unknown or no cookie", () => {
    expect(landingSpace(spaces, "organization")).toBe("participant");
    expect(landingSpace(spaces, "n'importe quoi")).toBe("participant");
    expect(landingSpace(spaces, undefined)).toBe("participant");
    expect(landingSpace([], "company")).toBeNull();
  });
});

describe("spacesOf", () => {
  it("lists every space an account holds, participant first", () => {
    expect(
      spacesOf({
        participantId: "p",
        companies: [{}],
        organizations: [],
        trainerSessions: 2,
        internshipId: null,
        supervisesInternships: true,
        controlsInternships: false,
      }),
    ).toEqual(["participant", "company", "supervisor", "trainer"]);
  });
});
