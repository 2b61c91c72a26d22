import { describe, expect, it } from "vitest";
import { changedTables, snapshotDb } from "../support/fuzz/db-snapshot";
import { setupTestDatabase } from "../support/test-database";

/*
 * The fuzzing's "no row changed" rests on this snapshot (counts and the
 * newest writing transaction per table): each kind of write must show,
 * in the table it touched only, and a rolled-back one must not.
 */
const { db } = setupTestDatabase("seeded");

async function changedBy(write: () => Promise<unknown>): Promise<string[]> {
  const before = await snapshotDb();
  await write();
  return changedTables(before, await snapshotDb());
}

describe("the fuzzing's database snapshot", () => {
  it("is stable when nothing is written", async () => {
    expect(await changedBy(async () => (await db()).user.count())).toEqual([]);
  });

  it("shows an update, even of one column to the value it had", async () => {
    const prisma = await db();
    const venue = await prisma.venue.findFirstOrThrow();
    expect(
      await changedBy(() =>
        prisma.venue.update({ where: { id: venue.id }, data: { city: `${venue.city} ` } }),
      ),
    ).toEqual(["Venue"]);
    expect(
      await changedBy(() =>
        prisma.venue.update({ where: { id: venue.id }, data: { city: venue.city } }),
      ),
    ).toEqual(["Venue"]);
  });

  it("shows a delete and an insert that leave the count as it was", async () => {
    const prisma = await db();
    // An audit row: nothing refers to it.
    const { id, ...entry } = await prisma.auditLog.findFirstOrThrow();
    expect(
      await changedBy(() =>
        prisma.$transaction([
          prisma.auditLog.delete({ where: { id } }),
          prisma.auditLog.create({ data: { ...entry, data: entry.data ?? undefined } }),
        ]),
      ),
    ).toEqual(["AuditLog"]);
  });

  it("does not show a write that was rolled back", async () => {
    const prisma = await db();
    const changed = await changedBy(() =>
      prisma
        .$transaction(async (tx) => {
          await tx.venue.updateMany({ data: { city: "Nulle part" } });
          throw new Error("rollback");
        })
        .catch(() => undefined),
    );
    expect(changed).toEqual([]);
  });
});
