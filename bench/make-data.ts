/**
 * npm run bench:data — the benchmark's data set (issue 10): 10,000
 * participants, 50 companies, 20 organizations, 2,000 sessions, 100,000
 * registrations with questionnaires, materials and e-learning progress, and
 * one participant with 300 registrations; a trainer of 40 participants, a
 * firm's responsable, a contrôleur of 300 stagiaires and their maîtres (issue
 * 21). Written to DATABASE_URL's
 * PostgreSQL, or else to the embedded database in .data/bench/pglite (never
 * the demo's).
 *   --seed=<n>    another data set (default 42); the same seed and day give the same rows
 *   --now=<ISO>   places the dates relative to another day
 *   --reset       empties the database first (otherwise an existing data set is kept)
 */
import { describeTarget, resolveDatabaseTarget } from "../lib/db/target";
import {
  BENCH_PASSWORD,
  BENCH_PGLITE_DIR,
  BIG_PARTICIPANT_EMAIL,
  CONTROLLER_EMAIL,
  DEFAULT_SEED,
  MANAGER_EMAIL,
  MASTER_EMAIL,
  SCALE,
  TRAINER_EMAIL,
} from "./data/accounts";
import { loadBenchData } from "./data/load";

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<number> {
  process.env.PGLITE_DIR ||= BENCH_PGLITE_DIR;
  const seed = Number(arg("seed") ?? DEFAULT_SEED);
  const now = arg("now") ? new Date(arg("now")!) : new Date();
  if (!Number.isInteger(seed) || Number.isNaN(now.getTime())) {
    console.error(
      "Usage : npm run bench:data -- [--seed=42] [--now=2026-11-27T10:00:00Z] [--reset]",
    );
    return 2;
  }
  const target = resolveDatabaseTarget();
  const result = await loadBenchData(target, {
    seed,
    now,
    reset: process.argv.includes("--reset"),
    log: (line) => console.log(line),
  });
  if (!result.created) {
    console.log(
      `Données de banc d'essai déjà présentes sur ${describeTarget(target)} (${result.seedNote ?? "graine inconnue"}) : rien à faire. --reset pour les recréer.`,
    );
  } else {
    const c = result.counts;
    console.log(
      `Données de banc d'essai (graine ${seed}) chargées en ${result.seconds.toFixed(1)} s sur ${describeTarget(target)} : ` +
        `${c.Participant} participants, ${c.Company} cabinets, ${c.TrainingOrganization} organismes, ` +
        `${c.TrainingSession} sessions, ${c.Registration} inscriptions, ${c.QuestionnaireResponse} réponses ` +
        `(${c.Answer} réponses aux questions), ${c.TrainingMaterial} supports, ${c.ElearningProgress} suivis e-learning.`,
    );
  }
  console.log(
    [
      `Comptes (mot de passe ${BENCH_PASSWORD}) :`,
      `  participant à ${SCALE.bigRegistrations} inscriptions : ${BIG_PARTICIPANT_EMAIL}`,
      `  formateur d'une session de ${SCALE.trainerParticipants} participants : ${TRAINER_EMAIL}`,
      `  responsable d'un cabinet : ${MANAGER_EMAIL}`,
      `  contrôleur de ${SCALE.bigPortfolio} stagiaires : ${CONTROLLER_EMAIL}`,
      `  maître de stage : ${MASTER_EMAIL}`,
    ].join("\n"),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("Échec du chargement des données de banc d'essai :", error);
    process.exitCode = 1;
  },
);
