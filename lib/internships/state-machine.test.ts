import { describe, expect, it } from "vitest";
import { checkMove, MOVES, type DocumentMove } from "./state-machine";

describe("the document state machine", () => {
  it("follows draft → transmitted → visé → with the contrôleur → validé → déposé", () => {
    const path: [DocumentMove, "STAGIAIRE" | "MASTER" | "CONTROLLER"][] = [
      ["transmit", "STAGIAIRE"],
      ["endorse", "MASTER"],
      ["submitToController", "STAGIAIRE"],
      ["validate", "CONTROLLER"],
      ["file", "CONTROLLER"],
    ];
    let state = "DRAFT" as Parameters<typeof checkMove>[0];
    for (const [move, role] of path) {
      const check = checkMove(state, move, role);
      expect(check.ok, `${move} depuis ${state}`).toBe(true);
      if (check.ok) state = check.to;
    }
    expect(state).toBe("FILED");
  });

  it("returns to the draft after a return or a request for corrections", () => {
    expect(
      checkMove("SUBMITTED_TO_SUPERVISOR", "return", "MASTER", "Développez la partie 2"),
    ).toEqual({
      ok: true,
      to: "RETURNED",
    });
    expect(checkMove("RETURNED", "reopen", "STAGIAIRE")).toEqual({ ok: true, to: "DRAFT" });
    expect(checkMove("CORRECTIONS_REQUESTED", "reopen", "STAGIAIRE")).toEqual({
      ok: true,
      to: "DRAFT",
    });
  });

  it("refuses a second transmission, a visa on a draft and a visa by the stagiaire", () => {
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "transmit", "STAGIAIRE")).toEqual({
      ok: false,
      message: "Ce document a déjà été transmis à votre maître de stage.",
    });
    expect(checkMove("DRAFT", "endorse", "MASTER")).toEqual({
      ok: false,
      message: "Ce document est encore un brouillon : il n'a pas été transmis.",
    });
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "endorse", "STAGIAIRE").ok).toBe(false);
    expect(checkMove("SUBMITTED_TO_CONTROLLER", "validate", "MASTER").ok).toBe(false);
  });

  it("lets the co-maître visa the CAC part without moving the document", () => {
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "coEndorse", "CO_MASTER")).toEqual({
      ok: true,
      to: "SUBMITTED_TO_SUPERVISOR",
    });
    expect(checkMove("ENDORSED", "coEndorse", "CO_MASTER")).toEqual({ ok: true, to: "ENDORSED" });
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "coEndorse", "MASTER").ok).toBe(false);
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "endorse", "CO_MASTER").ok).toBe(false);
    expect(checkMove("DRAFT", "coEndorse", "CO_MASTER").ok).toBe(false);
  });

  it("asks for a reason to return or to request corrections", () => {
    expect(checkMove("SUBMITTED_TO_SUPERVISOR", "return", "MASTER", "  ")).toEqual({
      ok: false,
      message: "Indiquez la raison.",
    });
    expect(checkMove("SUBMITTED_TO_CONTROLLER", "requestCorrections", "CONTROLLER").ok).toBe(false);
  });

  it("freezes validated and filed documents", () => {
    for (const move of Object.keys(MOVES) as DocumentMove[]) {
      for (const role of ["STAGIAIRE", "MASTER", "CONTROLLER"] as const) {
        if (move === "file" || move === "coEndorse") continue;
        expect(checkMove("VALIDATED", move, role).ok).toBe(false);
        expect(checkMove("FILED", move, role).ok).toBe(false);
      }
    }
  });

  it("tells the contrôleur a document not yet visaed and transmitted cannot be decided", () => {
    for (const state of ["DRAFT", "SUBMITTED_TO_SUPERVISOR", "RETURNED", "ENDORSED"] as const) {
      for (const move of ["validate", "requestCorrections"] as const) {
        expect(checkMove(state, move, "CONTROLLER", "Une raison.")).toEqual({
          ok: false,
          message:
            "Ce document n'a pas encore été visé par le maître de stage et transmis au contrôleur : rien n'a été changé.",
        });
      }
    }
    expect(checkMove("VALIDATED", "validate", "CONTROLLER")).toEqual({
      ok: false,
      message: "Ce document est validé : il ne peut plus changer.",
    });
  });
});
