/**
 * The benchmark data set's volumes (issue 10) and the accounts the benchmark
 * signs in with. Every bench account shares one published password: this data
 * is for a disposable database, never a real one.
 */
export type Scale = {
  participants: number;
  companies: number;
  organizations: number;
  courses: number;
  sessions: number;
  registrations: number;
  /** Registrations of the one participant whose pages are measured. */
  bigRegistrations: number;
  /** Participants who each submit one satisfaction survey during the bench. */
  submitters: number;
  /** Sessions ended a few days ago, shared by the submitters. */
  submitterSessions: number;
  /** Stages (expert-comptable stagiaires among the participants), their maîtres and contrôleurs. */
  internships: number;
  masters: number;
  controllers: number;
  /** Stages of the first contrôleur: the portfolio the bench measures. */
  bigPortfolio: number;
  /** Confirmed participants of the trainer's session (its page and its émargement). */
  trainerParticipants: number;
};

export const SCALE: Scale = {
  participants: 10_000,
  companies: 50,
  organizations: 20,
  courses: 200,
  sessions: 2_000,
  registrations: 100_000,
  bigRegistrations: 300,
  submitters: 2_000,
  submitterSessions: 40,
  internships: 1_000,
  masters: 200,
  controllers: 20,
  bigPortfolio: 300,
  trainerParticipants: 40,
};

/** The data set sizes of the scale table (registrations). */
export const SCALE_SIZES = [1_000, 10_000, 100_000] as const;

/**
 * A smaller data set for the scale table: the tables shrink, what one person
 * sees does not (the big participant's 300 registrations, the trainer's 40
 * participants, the contrôleur's 300 stagiaires, a maître's 5, about 170
 * collaborators per firm from 10k up), so that a page's cost can be compared
 * across sizes. One exception: 1,000 registrations cannot give a firm's
 * collaborators ten each, as the larger sets do (about two each there).
 * No submitters: the scale table measures pages only.
 */
export function scaleOf(registrations: number): Scale {
  if (registrations >= SCALE.registrations) return SCALE;
  const participants = Math.max(500, registrations / 10);
  const sessions = Math.max(400, registrations / 50);
  const internships = SCALE.bigPortfolio;
  return {
    ...SCALE,
    participants,
    companies: Math.max(2, Math.round(participants / 200)),
    organizations: Math.max(4, Math.round(sessions / 100)),
    courses: Math.max(40, Math.round(sessions / 10)),
    sessions,
    registrations,
    submitters: 0,
    internships,
    masters: internships / (SCALE.internships / SCALE.masters),
    controllers: 1,
  };
}

/** What the big participant's job title records, so that a data set of another plan is regenerated. */
export function dataSetNote(seed: number, scale: Scale): string {
  return `Jeu de données de banc d'essai, graine ${seed}, plan 2, ${scale.registrations} inscriptions`;
}

export const BENCH_PASSWORD = "parcours-bench";
export const BIG_PARTICIPANT_EMAIL = "grand.compte@bench.test";
/** The trainer of one session of SCALE.trainerParticipants (Espace formateur). */
export const TRAINER_EMAIL = "formateur@bench.test";
/** The responsable (every habilitation) of the first firm: its collaborators page. */
export const MANAGER_EMAIL = "responsable@bench.test";
/** The contrôleur of SCALE.bigPortfolio stagiaires, and a maître of five. */
export const CONTROLLER_EMAIL = "controleur-01@bench.test";
export const MASTER_EMAIL = "maitre-001@bench.test";
export const DEFAULT_SEED = 42;
/** The embedded database of the benchmark, apart from the demo's (.data/pglite). */
export const BENCH_PGLITE_DIR = ".data/bench/pglite";

/** participant-00001@bench.test ... (1 to SCALE.submitters are the submitters). */
export function participantEmail(index: number): string {
  return `participant-${String(index).padStart(5, "0")}@bench.test`;
}
