import { describe, expect, it } from "vitest";
import { answerRefusal } from "./eligibility";
import {
  deadlineLabel,
  questionnaireWindow,
  SATISFACTION_OPEN_DAYS,
  windowRefusal,
  windowState,
} from "./windows";

const at = (iso: string) => new Date(iso);

// A session on Tuesday 10 June 2025, 9h00-12h00 Paris (UTC+2).
const session = {
  startsAt: at("2025-06-10T07:00:00Z"),
  endsAt: at("2025-06-10T10:00:00Z"),
  validationTestOpenDays: 10,
};
const none = { opensAt: null, closesAt: null };

describe("questionnaire windows", () => {
  it("positioning: open from the registration until the session starts", () => {
    const w = questionnaireWindow({ kind: "POSITIONING", ...none }, session);
    expect(w).toEqual({ opensAt: null, closesAt: session.startsAt });
    expect(windowState(w, at("2025-05-01T00:00:00Z"))).toBe("open");
    expect(windowState(w, at("2025-06-10T06:59:59Z"))).toBe("open");
    expect(windowState(w, at("2025-06-10T07:00:00Z"))).toBe("closed");
    expect(deadlineLabel(w)).toBe("à compléter avant le 10/06/2025 à 9h00");
  });

  it("validation: opens at the end and stays open 10 whole Paris days after the end day", () => {
    const w = questionnaireWindow({ kind: "VALIDATION", ...none }, session);
    expect(w.opensAt).toEqual(session.endsAt);
    // Through Friday 20 June included: closes at midnight Paris, 22:00 UTC in summer.
    expect(w.closesAt).toEqual(at("2025-06-20T22:00:00Z"));
    expect(windowState(w, at("2025-06-10T09:59:59Z"))).toBe("not-yet-open");
    expect(windowState(w, at("2025-06-10T10:00:00Z"))).toBe("open");
    expect(windowState(w, at("2025-06-20T21:59:59Z"))).toBe("open");
    expect(windowState(w, at("2025-06-20T22:00:00Z"))).toBe("closed");
    expect(deadlineLabel(w)).toBe("à compléter avant le 21/06/2025");
  });

  it("validation follows the session's number of days, across the switch to winter time", () => {
    const autumn = {
      startsAt: at("2025-10-20T07:00:00Z"),
      endsAt: at("2025-10-20T15:00:00Z"),
      validationTestOpenDays: 7,
    };
    // 20/10 + 7 days = 27/10 included; midnight Paris after the switch is 23:00 UTC.
    expect(questionnaireWindow({ kind: "VALIDATION", ...none }, autumn).closesAt).toEqual(
      at("2025-10-27T23:00:00Z"),
    );
  });

  it("satisfaction: from the end, for 60 days", () => {
    const w = questionnaireWindow({ kind: "SATISFACTION", ...none }, session);
    expect(SATISFACTION_OPEN_DAYS).toBe(60);
    expect(w.opensAt).toEqual(session.endsAt);
    // 10/06 + 60 days = 09/08 included.
    expect(w.closesAt).toEqual(at("2025-08-09T22:00:00Z"));
    expect(deadlineLabel(w)).toBe("à compléter avant le 10/08/2025");
  });

  it("the questionnaire's own dates override the defaults", () => {
    const w = questionnaireWindow(
      {
        kind: "VALIDATION",
        opensAt: at("2025-06-09T08:00:00Z"),
        closesAt: at("2025-06-12T16:00:00Z"),
      },
      session,
    );
    expect(w).toEqual({
      opensAt: at("2025-06-09T08:00:00Z"),
      closesAt: at("2025-06-12T16:00:00Z"),
    });
    expect(windowState(w, at("2025-06-09T09:00:00Z"))).toBe("open");
  });

  it("explains a refusal with the dates", () => {
    const w = questionnaireWindow({ kind: "VALIDATION", ...none }, session);
    expect(windowRefusal(w, at("2025-06-10T11:00:00Z"))).toBeNull();
    expect(windowRefusal(w, at("2025-06-01T00:00:00Z"))).toBe(
      "Ce questionnaire n'est pas encore ouvert : il le sera à partir du 10/06/2025 à 12h00.",
    );
    expect(windowRefusal(w, at("2025-06-25T00:00:00Z"))).toBe(
      "Ce questionnaire est clos depuis le 21/06/2025 (ouvert à partir du 10/06/2025 à 12h00) : il n'accepte plus de réponses.",
    );
  });
});

describe("who may answer", () => {
  const before = at("2025-06-01T00:00:00Z");
  const after = at("2025-06-11T00:00:00Z");

  it("positioning: pending registrations, and confirmed ones until the start", () => {
    expect(answerRefusal("POSITIONING", { status: "PENDING" }, session, before)).toBeNull();
    expect(answerRefusal("POSITIONING", { status: "CONFIRMED" }, session, before)).toBeNull();
    expect(answerRefusal("POSITIONING", { status: "CONFIRMED" }, session, after)).toMatch(
      /avant le début/,
    );
    expect(answerRefusal("POSITIONING", { status: "CANCELLED" }, session, before)).toMatch(
      /annulée ou refusée/,
    );
    expect(answerRefusal("POSITIONING", { status: "REFUSED" }, session, before)).not.toBeNull();
  });

  it("validation and satisfaction: confirmed registrations only", () => {
    for (const kind of ["VALIDATION", "SATISFACTION"] as const) {
      expect(answerRefusal(kind, { status: "CONFIRMED" }, session, after)).toBeNull();
      for (const status of ["PENDING", "CANCELLED", "REFUSED"] as const)
        expect(answerRefusal(kind, { status }, session, after)).toMatch(/confirmée/);
    }
  });
});
