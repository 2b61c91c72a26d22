import { describe, expect, it } from "vitest";
import type { CertificateRule } from "@/lib/db/generated/enums";
import { certificateAvailability, type CertificateRuleInput } from "./rule";
import { certificateRuleInput, type CertificateSource } from "./source";

// A fixed clock: the session ended on 10/03/2026 at 12:00 (Paris); now is two days later.
const ENDS = new Date("2026-03-10T11:00:00Z");
const NOW = new Date("2026-03-12T09:00:00Z");
const BEFORE_END = new Date("2026-03-10T10:59:59Z");

function input(
  rule: CertificateRule,
  change: Partial<Omit<CertificateRuleInput, "session">> & {
    session?: Partial<CertificateRuleInput["session"]>;
  } = {},
): CertificateRuleInput {
  const { session, ...rest } = change;
  return {
    registrationStatus: "CONFIRMED",
    session: {
      status: "SCHEDULED",
      modality: "IN_PERSON",
      endsAt: ENDS,
      rule,
      minAttendancePercent: 100,
      passPercent: 50,
      ...session,
    },
    slots: [{ attendance: "PRESENT" }, { attendance: "PRESENT" }],
    // Midnight (Paris) after the tenth day following the end.
    validation: { planned: true, closesAt: new Date("2026-03-20T23:00:00Z"), result: null },
    elearning: null,
    issued: null,
    ...rest,
  };
}

const reasonOf = (i: CertificateRuleInput, now = NOW) => {
  const result = certificateAvailability(i, now);
  return result.available ? null : result.reason;
};

describe("certificate rule: common conditions", () => {
  it("is for confirmed registrations only", () => {
    expect(reasonOf(input("ATTENDANCE", { registrationStatus: "PENDING" }))).toMatch(
      /inscriptions confirmées/,
    );
  });

  it("waits for the end of the session, whatever the rule but e-learning", () => {
    expect(reasonOf(input("ATTENDANCE"), BEFORE_END)).toBe(
      "Disponible après la session (fin le 10/03/2026).",
    );
    expect(reasonOf(input("VALIDATION_TEST_COMPLETED"), BEFORE_END)).toBe(
      "Disponible après la session (fin le 10/03/2026) et la validation des acquis.",
    );
    expect(reasonOf(input("ATTENDANCE_AND_VALIDATION_TEST"), BEFORE_END)).toMatch(
      /^Disponible après la session \(fin le 10\/03\/2026\), selon votre présence/,
    );
    expect(certificateAvailability(input("ATTENDANCE"), ENDS)).toEqual({ available: true });
  });

  it("issues nothing for a cancelled session", () => {
    expect(reasonOf(input("ATTENDANCE", { session: { status: "CANCELLED" } }))).toMatch(
      /Session annulée/,
    );
  });

  it("keeps an issued certificate available, even if the data changed since, unless revoked", () => {
    const absent = { slots: [{ attendance: "ABSENT" as const }] };
    expect(reasonOf(input("ATTENDANCE", { ...absent, issued: { revoked: false } }))).toBeNull();
    expect(reasonOf(input("ATTENDANCE", { issued: { revoked: true } }))).toMatch(/révoquée/);
  });
});

describe("certificate rule ATTENDANCE", () => {
  it("holds when every slot is attended (100 % by default)", () => {
    expect(reasonOf(input("ATTENDANCE"))).toBeNull();
  });

  it("counts a late arrival (en retard) as attended, an excused absence not", () => {
    const late = { slots: [{ attendance: "PRESENT" as const }, { attendance: "LATE" as const }] };
    expect(reasonOf(input("ATTENDANCE", late))).toBeNull();
    const excused = {
      slots: [{ attendance: "LATE" as const }, { attendance: "EXCUSED" as const }],
    };
    expect(reasonOf(input("ATTENDANCE", excused))).toMatch(/1 séance sur 2/);
  });

  it("waits for the attendance record when none is recorded", () => {
    const none = { slots: [{ attendance: null }, { attendance: null }] };
    expect(reasonOf(input("ATTENDANCE", none))).toBe(
      "Disponible dès que l'organisme aura enregistré votre présence (émargement).",
    );
  });

  it("waits for the missing records while the share can still be reached", () => {
    const partial = { slots: [{ attendance: "PRESENT" as const }, { attendance: null }] };
    expect(reasonOf(input("ATTENDANCE", partial))).toMatch(/\(1 sur 2 enregistrées\)/);
  });

  it("says why when the attended share is below the session's minimum", () => {
    const slots = [
      { attendance: "PRESENT" as const },
      { attendance: "ABSENT" as const },
      { attendance: "EXCUSED" as const },
    ];
    expect(reasonOf(input("ATTENDANCE", { slots }))).toBe(
      "Présence enregistrée à 1 séance sur 3 (33 %) : l'attestation demande une présence d'au moins 100 %. Contactez l'organisme en cas d'erreur.",
    );
  });

  it("uses the session's minimum share, exactly (2 of 3 slots is not 67 %)", () => {
    const slots = [
      { attendance: "PRESENT" as const },
      { attendance: "PRESENT" as const },
      { attendance: "ABSENT" as const },
    ];
    expect(reasonOf(input("ATTENDANCE", { slots, session: { minAttendancePercent: 66 } }))).toBe(
      null,
    );
    expect(reasonOf(input("ATTENDANCE", { slots, session: { minAttendancePercent: 67 } }))).toMatch(
      /2 séances sur 3 \(67 %\)/,
    );
  });

  it("cannot hold without slots", () => {
    expect(reasonOf(input("ATTENDANCE", { slots: [] }))).toMatch(/Aucune séance/);
  });
});

describe("certificate rule VALIDATION_TEST_COMPLETED", () => {
  it("waits for the validation test, saying until when it is open", () => {
    expect(reasonOf(input("VALIDATION_TEST_COMPLETED"))).toBe(
      "Disponible après la validation des acquis : répondez au test de validation des acquis (à compléter avant le 21/03/2026).",
    );
  });

  it("holds once the test is submitted, whatever the score and the attendance", () => {
    const i = input("VALIDATION_TEST_COMPLETED", {
      slots: [{ attendance: "ABSENT" }],
      validation: { planned: true, closesAt: null, result: { score: 0, maxScore: 3 } },
    });
    expect(reasonOf(i)).toBeNull();
  });

  it("says so when the test closed unanswered", () => {
    const closed = { planned: true, closesAt: new Date("2026-03-11T23:00:00Z"), result: null };
    expect(reasonOf(input("VALIDATION_TEST_COMPLETED", { validation: closed }))).toBe(
      "Le test de validation des acquis n'a pas été complété avant sa clôture (12/03/2026) : contactez l'organisme.",
    );
  });

  it("waits when the organization has not published a test", () => {
    const none = { planned: false, closesAt: null, result: null };
    expect(reasonOf(input("VALIDATION_TEST_COMPLETED", { validation: none }))).toMatch(
      /^Disponible après la validation des acquis : le test n'est pas encore publié/,
    );
  });
});

describe("certificate rule VALIDATION_TEST_PASSED", () => {
  const withScore = (score: number, maxScore: number, passPercent = 50) =>
    input("VALIDATION_TEST_PASSED", {
      session: { passPercent },
      validation: { planned: true, closesAt: null, result: { score, maxScore } },
    });

  it("holds at the pass mark, exactly", () => {
    expect(reasonOf(withScore(2, 4))).toBeNull();
    expect(reasonOf(withScore(2, 3, 67))).toMatch(
      /2\/3 \(67 %\) ; l'attestation demande au moins 67 %/,
    );
  });

  it("says the score when below the pass mark", () => {
    expect(reasonOf(withScore(1, 3))).toBe(
      "Résultat du test de validation des acquis : 1/3 (33 %) ; l'attestation demande au moins 50 %.",
    );
  });

  it("waits for the test like the completed rule", () => {
    expect(reasonOf(input("VALIDATION_TEST_PASSED"))).toMatch(
      /^Disponible après la validation des acquis/,
    );
  });

  it("cannot be failed with a test that has no scored question", () => {
    expect(reasonOf(withScore(0, 0))).toBeNull();
  });
});

describe("certificate rule ATTENDANCE_AND_VALIDATION_TEST", () => {
  const submitted = { planned: true, closesAt: null, result: { score: 1, maxScore: 3 } };

  it("needs both the attendance and the submitted test", () => {
    expect(reasonOf(input("ATTENDANCE_AND_VALIDATION_TEST", { validation: submitted }))).toBeNull();
  });

  it("reports the attendance first", () => {
    const i = input("ATTENDANCE_AND_VALIDATION_TEST", {
      slots: [{ attendance: "ABSENT" }],
      validation: submitted,
    });
    expect(reasonOf(i)).toMatch(/^Présence enregistrée à 0 séance sur 1/);
  });

  it("then the test", () => {
    expect(reasonOf(input("ATTENDANCE_AND_VALIDATION_TEST"))).toMatch(
      /^Disponible après la validation des acquis/,
    );
  });
});

describe("certificate rule ELEARNING_COMPLETED (D6353-4)", () => {
  const elearning = (completedUnits: number, totalUnits = 3) =>
    input("ELEARNING_COMPLETED", {
      session: { modality: "ELEARNING", endsAt: new Date("2026-06-01T00:00:00Z") },
      elearning: { completedUnits, totalUnits },
      slots: [],
    });

  it("holds when every unit is completed, before the access window closes", () => {
    expect(reasonOf(elearning(3))).toBeNull();
  });

  it("counts the units still to complete", () => {
    expect(reasonOf(elearning(1))).toBe(
      "Disponible quand toutes les unités du module e-learning seront terminées (1 sur 3 terminées).",
    );
  });

  it("cannot hold for a module without units", () => {
    expect(reasonOf(elearning(0, 0))).toMatch(/^Disponible quand toutes les unités/);
  });
});

describe("certificate rule input from the database rows", () => {
  const ref = (id: string, kind: "VALIDATION" | "SATISFACTION", closesAt: Date | null = null) => ({
    id,
    kind,
    opensAt: null,
    closesAt,
  });
  const source = (change: Partial<CertificateSource> = {}): CertificateSource => ({
    status: "CONFIRMED",
    attendance: [{ slotId: "a", status: "PRESENT" }],
    documents: [],
    progress: [
      { unitId: "u1", status: "COMPLETED" },
      { unitId: "u2", status: "IN_PROGRESS" },
      { unitId: "other", status: "COMPLETED" },
    ],
    responses: [],
    session: {
      status: "SCHEDULED",
      modality: "IN_PERSON",
      startsAt: new Date("2026-03-10T08:00:00Z"),
      endsAt: ENDS,
      certificateRule: "ATTENDANCE",
      certificateMinAttendancePercent: 100,
      validationPassPercent: 50,
      validationTestOpenDays: 10,
      slots: [{ id: "a" }, { id: "b" }],
      questionnaires: [ref("s-sat", "SATISFACTION")],
      course: {
        questionnaires: [ref("c-val", "VALIDATION")],
        elearning: { units: [{ id: "u1" }, { id: "u2" }] },
      },
    },
    ...change,
  });

  it("maps attendance per slot, the course's test with its window, and the units", () => {
    const i = certificateRuleInput(source());
    expect(i.slots).toEqual([{ attendance: "PRESENT" }, { attendance: null }]);
    // Ten whole Paris days after the end day (10/03), closing at midnight.
    expect(i.validation).toEqual({
      planned: true,
      closesAt: new Date("2026-03-20T23:00:00Z"),
      result: null,
    });
    expect(i.elearning).toEqual({ totalUnits: 2, completedUnits: 1 });
    expect(i.issued).toBeNull();
  });

  it("prefers the session's own test and reads only its submitted response", () => {
    const closesAt = new Date("2026-03-15T00:00:00Z");
    const base = source();
    const i = certificateRuleInput(
      source({
        session: { ...base.session, questionnaires: [ref("s-val", "VALIDATION", closesAt)] },
        responses: [
          { questionnaireId: "c-val", status: "SUBMITTED", score: 3, maxScore: 3 },
          { questionnaireId: "s-val", status: "SUBMITTED", score: 2, maxScore: 3 },
        ],
      }),
    );
    expect(i.validation).toEqual({ planned: true, closesAt, result: { score: 2, maxScore: 3 } });
    const draft = certificateRuleInput(
      source({ responses: [{ questionnaireId: "c-val", status: "DRAFT", score: 1, maxScore: 3 }] }),
    );
    expect(draft.validation.result).toBeNull();
  });

  it("knows an issued certificate and its revocation", () => {
    expect(certificateRuleInput(source({ documents: [{ revokedAt: null }] })).issued).toEqual({
      revoked: false,
    });
    expect(certificateRuleInput(source({ documents: [{ revokedAt: NOW }] })).issued).toEqual({
      revoked: true,
    });
  });
});
