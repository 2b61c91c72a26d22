/**
 * Test support, run with tsx on a trainer spec's own database before its
 * server starts: moves the first slot of the session with the given reference
 * so that it is running now (started 10 minutes ago, for its duration). The
 * demo places FORMATION SAFIR 3 ten days ahead; signing a sheet or one's
 * presence needs a slot under way, whatever the time of day of the run.
 */
import { parisDay } from "../../lib/dates/paris";
import { closeDb, getDb } from "../../lib/db/client";

async function main() {
  const reference = process.argv[2];
  if (!reference) throw new Error("Usage : slot-running-now.ts <référence de session>");
  const db = await getDb();
  const session = await db.trainingSession.findFirstOrThrow({
    where: { reference },
    select: {
      id: true,
      slots: { select: { id: true, durationMinutes: true }, orderBy: { startsAt: "asc" } },
    },
  });
  const slot = session.slots[0]!;
  const startsAt = new Date(Date.now() - 10 * 60_000);
  const endsAt = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
  await db.sessionSlot.update({
    where: { id: slot.id },
    data: { startsAt, endsAt, date: parisDay(startsAt) },
  });
  await db.trainingSession.update({ where: { id: session.id }, data: { startsAt, endsAt } });
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
