import { describe, expect, it } from "vitest";
import { buildDemo } from "../../prisma/seed/index";

/*
 * The demo is drawn relative to the seed's instant, so which CRFC session Marc
 * taught changes with it. Whatever the instant, his "Évaluations" must have
 * results to show. CI once seeded at a moment whose session had no submitted
 * test; seeded at 20:00 UTC on 11/12/2026, the session had no survey answered.
 */
const INSTANTS = [
  "2026-12-11T20:00:00Z",
  "2026-12-07T13:00:42Z",
  "2027-03-01T08:00:00Z",
  "2027-07-14T23:30:00Z",
  "2027-12-31T12:00:00Z",
];

describe("the demo trainer's ended session", () => {
  it.each(INSTANTS)(
    "has submitted validation tests and satisfaction surveys (seeded %s)",
    (iso) => {
      const now = new Date(iso);
      const { rows, world } = buildDemo({ now, passwordHash: "x" });
      const marc = rows.user.find((u) => u.email === "formateur@demo.test")!.id;
      const taught = new Set(
        rows.sessionTrainer.filter((t) => t.userId === marc).map((t) => t.sessionId),
      );
      const ended = world.sessions.filter((s) => taught.has(s.id) && s.endsAt < now);
      expect(ended).toHaveLength(1);
      const session = ended[0]!;
      const confirmed = new Set(
        world.registrations
          .filter((r) => r.session === session && r.status === "CONFIRMED")
          .map((r) => r.id),
      );
      const submitted = (kind: string) =>
        rows.questionnaireResponse.filter(
          (r) =>
            r.status === "SUBMITTED" &&
            confirmed.has(r.registrationId) &&
            rows.questionnaire.find((q) => q.id === r.questionnaireId)?.kind === kind,
        ).length;
      expect(submitted("VALIDATION")).toBeGreaterThan(0);
      expect(submitted("SATISFACTION")).toBeGreaterThan(0);
    },
  );
});

/** A registration as the plan draws it, without its random ids. */
function drawn(plan: ReturnType<typeof buildDemo>["world"]) {
  return plan.registrations.map((r) =>
    [
      r.participant.email,
      r.session.course.key,
      r.session.startsAt.toISOString(),
      r.session.createdAt.toISOString(),
      r.status,
      r.attendance,
      r.validation,
      r.satisfaction,
    ].join(" "),
  );
}

describe("the demo's plan", () => {
  it("is the same on every run at the same instant (its random streams are never named by an id)", () => {
    const now = new Date("2026-12-07T13:00:42Z");
    const first = drawn(buildDemo({ now, passwordHash: "x" }).world);
    const second = drawn(buildDemo({ now, passwordHash: "x" }).world);
    expect(second).toEqual(first);
  });
});
