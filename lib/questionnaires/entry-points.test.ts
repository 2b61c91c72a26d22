import { describe, expect, it } from "vitest";
import { questionnaireEntries, type EntrySource } from "./entry-points";

const at = (iso: string) => new Date(iso);
const q = (id: string, kind: "POSITIONING" | "VALIDATION" | "SATISFACTION") => ({
  id,
  kind,
  opensAt: null,
  closesAt: null,
});

// Tuesday 10 June 2025, 9h00-12h00 Paris.
const base: EntrySource = {
  registrationId: "r1",
  registrationStatus: "CONFIRMED",
  session: {
    startsAt: at("2025-06-10T07:00:00Z"),
    endsAt: at("2025-06-10T10:00:00Z"),
    validationTestOpenDays: 10,
  },
  sessionQuestionnaires: [q("v-session", "VALIDATION")],
  courseQuestionnaires: [
    q("p-course", "POSITIONING"),
    q("v-course", "VALIDATION"),
    q("s-course", "SATISFACTION"),
  ],
  responses: [],
};

describe("questionnaire entry points", () => {
  it("before the session: positioning to do, validation and satisfaction not open yet", () => {
    const entries = questionnaireEntries(base, at("2025-06-01T08:00:00Z"));
    expect(entries.map((e) => [e.kind, e.state, e.dateLabel])).toEqual([
      ["POSITIONING", "todo", "à compléter avant le 10/06/2025 à 9h00"],
      ["VALIDATION", "upcoming", "disponible à partir du 10/06/2025 à 12h00"],
      ["SATISFACTION", "upcoming", "disponible à partir du 10/06/2025 à 12h00"],
    ]);
    expect(entries[0]?.href).toBe("/sessions/r1/questionnaires/positionnement");
  });

  it("after the session: the session's own validation test, drafts, done with the score", () => {
    const now = at("2025-06-12T08:00:00Z");
    const entries = questionnaireEntries(
      {
        ...base,
        responses: [
          {
            questionnaireId: "p-course",
            status: "SUBMITTED",
            score: 1,
            maxScore: 2,
            submittedAt: at("2025-06-02T08:00:00Z"),
          },
          {
            questionnaireId: "v-session",
            status: "DRAFT",
            score: null,
            maxScore: null,
            submittedAt: null,
          },
        ],
      },
      now,
    );
    expect(entries).toEqual([
      {
        kind: "POSITIONING",
        href: "/sessions/r1/questionnaires/positionnement",
        state: "done",
        dateLabel: "envoyé le 02/06/2025",
        score: { score: 1, maxScore: 2 },
      },
      {
        kind: "VALIDATION",
        href: "/sessions/r1/questionnaires/validation",
        state: "draft",
        dateLabel: "à compléter avant le 21/06/2025",
        score: null,
      },
      {
        kind: "SATISFACTION",
        href: "/sessions/r1/questionnaires/satisfaction",
        state: "todo",
        dateLabel: "à compléter avant le 10/08/2025",
        score: null,
      },
    ]);
  });

  it("closes the validation test after its days, leaves out a positioning never answered", () => {
    const entries = questionnaireEntries(base, at("2025-06-21T00:00:00+02:00"));
    expect(entries.map((e) => [e.kind, e.state, e.dateLabel])).toEqual([
      ["VALIDATION", "closed", "clos le 21/06/2025"],
      ["SATISFACTION", "todo", "à compléter avant le 10/08/2025"],
    ]);
  });

  it("shows nothing but the positioning test to a pending registration", () => {
    const entries = questionnaireEntries(
      { ...base, registrationStatus: "PENDING" },
      at("2025-06-12T08:00:00Z"),
    );
    expect(entries.map((e) => [e.kind, e.state])).toEqual([["POSITIONING", "closed"]]);
  });
});
