import { describe, expect, it } from "vitest";
import { DEFAULT_COUNCIL_SETTINGS, internshipCalendar } from "./calendar";
import { buildObligations, risksInPlainWords } from "./obligations";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const settings = DEFAULT_COUNCIL_SETTINGS;
const calendar = internshipCalendar({
  variant: "THREE_YEARS",
  startDate: d("2025-09-01"),
  suspensions: [],
  settings,
});
const today = d("2027-02-10");
const sevenDays = Array.from({ length: 7 }, (_, i) => ({
  day: d(`2026-0${i + 1}-10`),
  days: 1,
  antiMoneyLaundering: false,
}));

describe("the obligations of a stage", () => {
  const obligations = buildObligations({
    calendar,
    settings,
    today,
    documents: [
      { id: "a1", kind: "ACTIVITY_SHEET", sequence: 1, state: "VALIDATED" },
      { id: "r1", kind: "REPORT", sequence: 1, state: "DRAFT" },
    ],
    training: { days: sevenDays, elearning: [{ day: d("2026-03-01"), minutes: 35 * 60 }] },
  });
  const byKey = new Map(obligations.map((o) => [o.key, o]));

  it("gives each document its status from its state and its due date", () => {
    expect(byKey.get("activity-sheet-1")?.status).toBe("validated");
    expect(byKey.get("training-sheet-1")?.status).toBe("late");
    expect(byKey.get("report-1")).toMatchObject({ status: "todo", documentId: "r1" });
    expect(byKey.get("report-2")).toMatchObject({ status: "todo", documentId: null });
  });

  it("counts training per year against the council's totals", () => {
    expect(byKey.get("training-days-1")).toMatchObject({
      status: "late",
      progress: { done: 7, required: 8, unit: "jour" },
    });
    expect(byKey.get("elearning-hours-1")).toMatchObject({ status: "validated" });
    expect(byKey.get("aml-day-2")).toMatchObject({ status: "todo" });
    expect(byKey.has("aml-day-1")).toBe(false);
  });

  it("says the risks in plain words, the late ones first", () => {
    const risks = risksInPlainWords(obligations, settings, today);
    expect(risks).toEqual([
      "Jours de formation (année 1) : 7 jours sur 8 — il manque 1 jour, en retard depuis le 31/08/2026",
      "Fiche annuelle de suivi des formations (année 1) : en retard depuis le 22/09/2026 — un retard peut invalider 2 mois de stage",
      "Rapport semestriel 1 : à remettre avant le 01/03/2027 — un retard peut invalider 2 mois de stage",
    ]);
  });

  it("marks a transmitted document as transmitted even once its date has passed", () => {
    const later = buildObligations({
      calendar,
      settings,
      today: d("2027-04-01"),
      documents: [{ id: "r1", kind: "REPORT", sequence: 1, state: "SUBMITTED_TO_SUPERVISOR" }],
      training: { days: [], elearning: [] },
    });
    expect(later.find((o) => o.key === "report-1")?.status).toBe("transmitted");
  });
});
