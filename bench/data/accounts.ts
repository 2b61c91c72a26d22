/**
 * The benchmark data set's volumes (issue 10) and the accounts the benchmark
 * signs in with. Every bench account shares one published password: this data
 * is for a disposable database, never a real one.
 */
export const SCALE = {
  participants: 10_000,
  companies: 50,
  organizations: 20,
  courses: 200,
  sessions: 2_000,
  registrations: 100_000,
  /** Registrations of the one participant whose pages are measured. */
  bigRegistrations: 300,
  /** Participants who each submit one satisfaction survey during the bench. */
  submitters: 2_000,
  /** Sessions ended a few days ago, shared by the submitters. */
  submitterSessions: 40,
  /** Stages (expert-comptable stagiaires among the participants), their maîtres and contrôleurs. */
  internships: 1_000,
  masters: 200,
  controllers: 20,
  /** Confirmed participants of the trainer's session (its page and its émargement). */
  trainerParticipants: 40,
} as const;

export const BENCH_PASSWORD = "parcours-bench";
export const BIG_PARTICIPANT_EMAIL = "grand.compte@bench.test";
/** The trainer of one session of SCALE.trainerParticipants (Espace formateur). */
export const TRAINER_EMAIL = "formateur@bench.test";
export const DEFAULT_SEED = 42;
/** The embedded database of the benchmark, apart from the demo's (.data/pglite). */
export const BENCH_PGLITE_DIR = ".data/bench/pglite";

/** participant-00001@bench.test ... (1 to SCALE.submitters are the submitters). */
export function participantEmail(index: number): string {
  return `participant-${String(index).padStart(5, "0")}@bench.test`;
}
