import { describe, expect, it } from "vitest";
import { joinVirtualClass } from "../../lib/sessions/virtual-class-join";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");

async function safir3() {
  const claire = await participantViewerFor("participant@demo.test");
  const registration = await (
    await db()
  ).registration.findFirstOrThrow({
    where: { participantId: claire.participantId, session: { reference: "20230119" } },
    select: {
      id: true,
      session: {
        select: { joinUrl: true, slots: { select: { id: true, startsAt: true, endsAt: true } } },
      },
    },
  });
  return { claire, registration, slot: registration.session.slots[0]! };
}

describe("Accéder à la session (virtual class)", () => {
  it("opens 15 minutes before the slot, records the join with its time, and gives the link", async () => {
    const { claire, registration, slot } = await safir3();
    const early = new Date(slot.startsAt.getTime() - 16 * 60_000);
    expect(await joinVirtualClass(claire, registration.id, early)).toEqual({
      opensAt: new Date(slot.startsAt.getTime() - 15 * 60_000),
    });
    const onTime = new Date(slot.startsAt.getTime() - 10 * 60_000);
    expect(await joinVirtualClass(claire, registration.id, onTime)).toEqual({
      joinUrl: registration.session.joinUrl,
    });
    const joins = await (
      await db()
    ).virtualClassJoin.findMany({ where: { registrationId: registration.id } });
    expect(joins).toEqual([expect.objectContaining({ slotId: slot.id, joinedAt: onTime })]);
    expect(
      await joinVirtualClass(claire, registration.id, new Date(slot.endsAt.getTime() + 1000)),
    ).toBeNull();
  });

  it("gives another participant nothing and records nothing", async () => {
    const { registration, slot } = await safir3();
    const thomas = await participantViewerFor("participant2@demo.test");
    const count = () =>
      db().then((p) => p.virtualClassJoin.count({ where: { registrationId: registration.id } }));
    const before = await count();
    expect(
      await joinVirtualClass(thomas, registration.id, new Date(slot.startsAt.getTime())),
    ).toBeNull();
    expect(await count()).toBe(before);
  });
});
