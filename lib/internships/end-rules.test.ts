import { describe, expect, it } from "vitest";
import { DEFAULT_COUNCIL_SETTINGS, internshipCalendar } from "./calendar";
import {
  addedMonths,
  attestationValidUntil,
  checkDecision,
  extendedValidUntil,
  newAttestationNumber,
  normalizeAttestationNumber,
  type DecisionFacts,
} from "./end-rules";
import { buildObligations, finalPackageComplete } from "./obligations";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the theoretical end", () => {
  const input = {
    variant: "THREE_YEARS" as const,
    startDate: d("2025-09-01"),
    suspensions: [],
    settings: DEFAULT_COUNCIL_SETTINGS,
  };

  it("moves by each late document's penalty and each voided month, due dates staying put", () => {
    const months = addedMonths({
      penalties: [{ months: 2 }],
      decisions: [{ months: 3 }, { months: null }],
    });
    expect(months).toBe(5);
    const plain = internshipCalendar(input);
    const moved = internshipCalendar({ ...input, addedMonths: months });
    expect(plain.theoreticalEnd).toEqual(d("2028-08-31"));
    expect(moved.theoreticalEnd).toEqual(d("2029-01-31"));
    expect(moved.reports).toEqual(plain.reports);
    expect(moved.annualSheetDue).toEqual(plain.annualSheetDue);
  });
});

describe("the year-2 interview", () => {
  it("is an obligation of year 2, due at its end, met once its report is validated", () => {
    const calendar = internshipCalendar({
      variant: "THREE_YEARS",
      startDate: d("2025-09-01"),
      suspensions: [],
      settings: DEFAULT_COUNCIL_SETTINGS,
    });
    const build = (state: "VALIDATED" | null, today: string) =>
      buildObligations({
        calendar,
        settings: DEFAULT_COUNCIL_SETTINGS,
        today: d(today),
        documents: state ? [{ id: "i", kind: "INTERVIEW", sequence: 1, state }] : [],
        training: { days: [], elearning: [] },
      }).find((o) => o.kind === "interview");
    expect(build(null, "2027-01-10")).toMatchObject({
      year: 2,
      due: d("2027-08-31"),
      status: "todo",
    });
    expect(build(null, "2027-09-01")?.status).toBe("late");
    expect(build("VALIDATED", "2027-09-01")?.status).toBe("validated");
  });

  it("does not exist in a one-year stage", () => {
    const calendar = internshipCalendar({
      variant: "RENEWAL_ONE_YEAR",
      startDate: d("2025-09-01"),
      suspensions: [],
      settings: DEFAULT_COUNCIL_SETTINGS,
    });
    const obligations = buildObligations({
      calendar,
      settings: DEFAULT_COUNCIL_SETTINGS,
      today: d("2026-01-01"),
      documents: [],
      training: { days: [], elearning: [] },
    });
    expect(obligations.some((o) => o.kind === "interview")).toBe(false);
    expect(finalPackageComplete(obligations)).toBe(false);
    expect(finalPackageComplete([])).toBe(false);
  });
});

describe("the attestation de fin de stage", () => {
  it("is valid six years, then two more once extended", () => {
    const until = attestationValidUntil(d("2027-03-15"));
    expect(until).toEqual(d("2033-03-14"));
    expect(extendedValidUntil(until)).toEqual(d("2035-03-14"));
  });

  it("has a number that cannot be guessed and reads back however it is typed", () => {
    const number = newAttestationNumber();
    expect(number).toMatch(/^AFS-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(normalizeAttestationNumber(` ${number.toLowerCase()} `)).toBe(number);
    expect(normalizeAttestationNumber("ATT-0123456789AB")).toBeNull();
    expect(normalizeAttestationNumber("AFS-0123456789AI")).toBeNull();
  });
});

describe("the comité's decision", () => {
  const facts: DecisionFacts = {
    status: "ACTIVE",
    complete: true,
    synthesisSentOn: d("2028-09-10"),
    hearings: [],
    lastInvalidationOn: null,
    today: d("2028-10-01"),
  };
  const on = (kind: "ATTESTATION" | "REFUSAL" | "INVALIDATION", months: number | null = null) => ({
    kind,
    months,
    decidedOn: d("2028-09-20"),
  });

  it("voids months only after the stagiaire was heard, since the last invalidation", () => {
    expect(checkDecision(facts, on("INVALIDATION", 2)).ok).toBe(false);
    expect(checkDecision({ ...facts, hearings: [d("2028-09-21")] }, on("INVALIDATION", 2)).ok).toBe(
      false,
    );
    expect(checkDecision({ ...facts, hearings: [d("2028-09-15")] }, on("INVALIDATION", 2)).ok).toBe(
      true,
    );
    expect(
      checkDecision(
        { ...facts, hearings: [d("2028-09-15")], lastInvalidationOn: d("2028-09-16") },
        on("INVALIDATION", 2),
      ).ok,
    ).toBe(false);
    expect(
      checkDecision({ ...facts, hearings: [d("2028-09-15")] }, on("INVALIDATION", 0)),
    ).toMatchObject({
      ok: false,
      field: "months",
    });
  });

  it("gives the attestation on a complete package sent to the comité, once", () => {
    expect(checkDecision(facts, on("ATTESTATION")).ok).toBe(true);
    expect(checkDecision({ ...facts, complete: false }, on("ATTESTATION")).ok).toBe(false);
    expect(checkDecision({ ...facts, complete: false }, on("REFUSAL")).ok).toBe(true);
    expect(checkDecision({ ...facts, synthesisSentOn: null }, on("REFUSAL")).ok).toBe(false);
    expect(checkDecision({ ...facts, status: "COMPLETED" }, on("REFUSAL")).ok).toBe(false);
    expect(checkDecision({ ...facts, today: d("2028-09-19") }, on("ATTESTATION"))).toMatchObject({
      ok: false,
      field: "decidedOn",
    });
  });
});
