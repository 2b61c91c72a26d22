/**
 * Test support, run with tsx on a spec's own database before its server
 * starts: the session with the given reference no longer asks a positioning
 * test before a registration is confirmed (the demo's FORMATION SAFIR 2 asks
 * one), so that the organization may confirm a new registration at once.
 */
import { closeDb, getDb } from "../../lib/db/client";

async function main() {
  const reference = process.argv[2];
  if (!reference) throw new Error("Usage : session-without-positioning.ts <référence de session>");
  const db = await getDb();
  const updated = await db.trainingSession.updateMany({
    where: { reference },
    data: { positioningRequired: false },
  });
  if (updated.count !== 1) throw new Error(`Session ${reference} introuvable`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
