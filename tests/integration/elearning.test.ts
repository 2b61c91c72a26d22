import { describe, expect, it } from "vitest";
import { getModulePage } from "../../lib/elearning/module";
import { completeUnit, recordUnitTime } from "../../lib/elearning/progress";
import { askQuestion } from "../../lib/elearning/questions";
import { getUnitFile } from "../../lib/elearning/unit-file";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const TITLE = "Avantages en nature : identifier, calculer et sécuriser (e-learning)";

async function claireElearning() {
  const claire = await participantViewerFor("participant@demo.test");
  const registration = await (
    await db()
  ).registration.findFirstOrThrow({
    where: { participantId: claire.participantId, session: { course: { title: TITLE } } },
    select: { id: true },
  });
  return { claire, registrationId: registration.id };
}

describe("e-learning module", () => {
  it("lists the guide's units, not started, and shows the first one while access is open", async () => {
    const { claire, registrationId } = await claireElearning();
    const page = await getModulePage(claire, registrationId, undefined);
    expect(page?.access.state).toBe("open");
    expect(page?.units.map((u) => [u.label, u.status])).toEqual([
      ["UA1 - Définition, principes et caractéristiques des avantages en nature", "NOT_STARTED"],
      ["UA2 - analyse détaillée de chaque dispositif", "NOT_STARTED"],
    ]);
    expect(page?.current?.label).toMatch(/^UA1/);
    expect(page?.current?.content.length).toBeGreaterThan(100);
  });

  it("records time (a minute at most per call) and completion; the module is done when every unit is", async () => {
    const { claire, registrationId } = await claireElearning();
    const before = (await getModulePage(claire, registrationId, undefined))!;
    const [ua1, ua2] = before.units;
    const t0 = new Date();
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const post = (seconds: number, when: Date) =>
      recordUnitTime(claire, { registrationId, unitId: ua1!.id, seconds }, when);
    expect(await post(30, t0)).toBe(true);
    expect(await post(30, at(30))).toBe(true);
    // A duplicate a second later (two tabs, a retry) adds only that second; a late one adds nothing.
    expect(await post(30, at(31))).toBe(true);
    expect(await post(30, at(5))).toBe(true);
    let page = (await getModulePage(claire, registrationId, ua1!.id))!;
    expect(page.units[0]).toMatchObject({ status: "IN_PROGRESS", timeSpentSeconds: 61 });
    expect(page.status).toBe("IN_PROGRESS");

    expect(await completeUnit(claire, { registrationId, unitId: ua1!.id })).toBe(true);
    expect(await completeUnit(claire, { registrationId, unitId: ua2!.id })).toBe(true);
    // Reading a completed unit again keeps it completed.
    await post(10, at(90));
    page = (await getModulePage(claire, registrationId, undefined))!;
    expect(page.units.map((u) => u.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(page.status).toBe("COMPLETED");
    expect(page.completedUnits).toBe(2);
  });

  it("stores a question for the trainer and lists it", async () => {
    const { claire, registrationId } = await claireElearning();
    expect(
      await askQuestion(claire, {
        registrationId,
        body: "Le forfait logement s'applique-t-il aux colocations ?",
      }),
    ).toBe(true);
    const page = (await getModulePage(claire, registrationId, undefined))!;
    expect(page.questions[0]).toMatchObject({
      body: "Le forfait logement s'applique-t-il aux colocations ?",
      answer: null,
    });
  });

  it("gives another participant nothing: page, progress, question, file (404)", async () => {
    const { claire, registrationId } = await claireElearning();
    const thomas = await participantViewerFor("participant2@demo.test");
    const unitId = (await getModulePage(claire, registrationId, undefined))!.units[0]!.id;
    expect(await getModulePage(thomas, registrationId, undefined)).toBeNull();
    expect(await recordUnitTime(thomas, { registrationId, unitId, seconds: 30 })).toBe(false);
    expect(await completeUnit(thomas, { registrationId, unitId })).toBe(false);
    expect(
      await askQuestion(thomas, { registrationId, body: "Une question qui n'est pas la mienne" }),
    ).toBe(false);
    expect(await getUnitFile(thomas, registrationId, unitId)).toBeNull();
  });

  it("closes the content and the progress after the access window, with its date", async () => {
    const { claire, registrationId } = await claireElearning();
    const later = new Date(Date.now() + 200 * 86_400_000);
    const page = (await getModulePage(claire, registrationId, undefined, later))!;
    expect(page.access.state).toBe("expired");
    expect(page.current).toBeNull();
    expect(
      await recordUnitTime(
        claire,
        { registrationId, unitId: page.units[0]!.id, seconds: 30 },
        later,
      ),
    ).toBe(false);
  });

  it("stays closed until the order is paid", async () => {
    const { claire, registrationId } = await claireElearning();
    await (
      await db()
    ).registration.update({
      where: { id: registrationId },
      data: { elearningAccessStartsAt: null },
    });
    const page = (await getModulePage(claire, registrationId, undefined))!;
    expect(page.access.state).toBe("awaiting-payment");
    expect(page.current).toBeNull();
  });
});
