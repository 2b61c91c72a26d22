/**
 * npm run db:seed — loads the demo (guide's examples for the five demo
 * accounts, plus the volume) into the database that DATABASE_URL names, or the
 * embedded one under .data/.
 *   --reset       empties every table (not the migration history) and the files they pointed at first
 *   --now=<ISO>   places the dates relative to another day (screenshots, tests)
 * Nothing happens if the demo is already there.
 */
import { performance } from "node:perf_hooks";
import { closeDb, getDb } from "../../lib/db/client";
import { describeTarget, resolveDatabaseTarget } from "../../lib/db/target";
import { DEMO_PASSWORD, demoExists, resetDatabase, seedDemo } from "../seed/index";

function nowFromArgs(argv: readonly string[]): Date {
  const arg = argv.find((a) => a.startsWith("--now="));
  if (!arg) return new Date();
  const now = new Date(arg.slice("--now=".length));
  if (Number.isNaN(now.getTime())) throw new Error(`Date invalide pour --now : ${arg}`);
  return now;
}

async function main(): Promise<number> {
  // Demo accounts share a published password: never on a production database by accident.
  if (process.env.NODE_ENV === "production" && process.env.PARCOURS_DEMO !== "1") {
    console.error(
      "Refusé : NODE_ENV=production. Les données de démonstration (mot de passe public) ne sont chargées en production que si PARCOURS_DEMO=1.",
    );
    return 1;
  }
  const reset = process.argv.includes("--reset");
  const now = nowFromArgs(process.argv);
  const target = describeTarget(resolveDatabaseTarget());
  const started = performance.now();
  const db = await getDb();

  if (reset) {
    const { tables, files } = await resetDatabase(db);
    console.log(`${tables} tables vidées, ${files} fichiers supprimés (${target}).`);
  } else if (await demoExists(db)) {
    console.log(
      `Données de démonstration déjà présentes (${target}) : rien à faire. Utilisez --reset pour les recréer.`,
    );
    return 0;
  }

  const summary = await seedDemo(db, { now });
  if (!summary.created) {
    console.log(`Données de démonstration déjà présentes (${target}) : rien à faire.`);
    return 0;
  }
  const c = summary.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
  console.log(
    `Démo chargée en ${seconds} s sur ${target} : ${c.user} utilisateurs, ${c.participant} participants, ` +
      `${c.company} cabinets, ${c.trainingOrganization} organismes, ${c.course} formations, ${c.trainingSession} sessions, ` +
      `${c.registration} inscriptions, ${c.order} commandes, ${c.invoice} factures, ${c.payment} règlements, ` +
      `${c.questionnaireResponse} réponses, ${c.issuedDocument} attestations, ${summary.files} fichiers. ` +
      `Mot de passe des comptes @demo.test : ${DEMO_PASSWORD}`,
  );
  return 0;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        "Échec du chargement des données de démonstration :",
        error instanceof Error ? error.message : error,
      );
      if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
      process.exitCode = 1;
    },
  )
  .finally(() => closeDb());
