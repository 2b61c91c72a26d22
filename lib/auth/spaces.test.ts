import { describe, expect, it } from "vitest";
import { landingSpace, SPACE_HOME, spaceOfPath, spacesOf, type Space } from "./spaces";

describe("spaceOfPath", () => {
  it("finds the space of every home and of the participant's other pages", () => {
    for (const [space, home] of Object.entries(SPACE_HOME) as [Space, string][]) {
      expect(spaceOfPath(home)).toBe(space);
      expect(spaceOfPath(`${home}/quelque-chose`)).toBe(space);
    }
    expect(spaceOfPath("/factures/abc")).toBe("participant");
    expect(spaceOfPath("/emargement")).toBe("participant");
  });

  it("leaves shared, public and look-alike paths to no space", () => {
    for (const path of [
      "/",
      "/notifications",
      "/connexion",
      "/verification/X",
      "/stages",
      "/sessionsx",
    ]) {
      expect(spaceOfPath(path)).toBeNull();
    }
  });
});

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
