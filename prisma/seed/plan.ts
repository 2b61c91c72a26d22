import crypto from "node:crypto";
import type {
  CertificateRule,
  HalfDay,
  Modality,
  ParticipantKind,
  Profession,
  QuestionType,
  QuestionnaireKind,
  RegistrationStatus,
  SessionStatus,
} from "../../lib/db/generated/enums";
import type { Clock, Day } from "./clock";
import type { Rng } from "./random";
import type { SeedRows } from "./rows";

/**
 * The in-memory picture of the demo, richer than the rows: the lifecycle and
 * billing steps need to know which slots a registration covers, which
 * questionnaires apply, who pays, without querying anything back.
 */

/** Ids are made up front so that children can point at parents before any insert. */
export function newId(): string {
  return crypto.randomUUID();
}

export type SeedContext = {
  rng: Rng;
  clock: Clock;
  rows: SeedRows;
  passwordHash: string;
  /** Files to write under the storage folder (materials). */
  files: { storageKey: string; bytes: Buffer }[];
  /** Named counters (e-mail numbers, references), per seed run. */
  counters: Map<string, number>;
};

export function nextCount(ctx: SeedContext, name: string): number {
  const value = (ctx.counters.get(name) ?? 0) + 1;
  ctx.counters.set(name, value);
  return value;
}

export type OrgKey = "crfc" | "supexprtise" | "asfodem" | "iafc" | "acfm";

export type VenuePlan = { id: string; name: string; city: string };

export type OrgPlan = {
  key: OrgKey;
  id: string;
  /** Two digits that lead its session and order references ("20" in 20230117). */
  code: string;
  name: string;
  adminUserId: string;
  staffUserIds: string[];
  trainerUserIds: string[];
  venues: VenuePlan[];
  visioHost: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** How it lays out a one-day session: one FULL_DAY sitting or morning + afternoon. */
  dayStyle: "fullday" | "split";
};

export type CompanyPlan = {
  id: string;
  name: string;
  address: string;
  managerUserId: string;
  collaborators: ParticipantPlan[];
};

export type ParticipantPlan = {
  id: string;
  userId: string;
  firstName: string;
  lastName: string;
  kind: ParticipantKind;
  company: CompanyPlan | null;
  profession: Profession;
  /** Chance of answering a scored question right. */
  skill: number;
  /** Printed on invoices when they pay themselves. */
  billingAddress: string;
  /** Account creation: their firm's first registration cannot be earlier. */
  since: Date;
  email: string;
};

export type OptionPlan = { id: string; label: string; isCorrect: boolean };
export type QuestionPlan = {
  id: string;
  type: QuestionType;
  label: string;
  points: number;
  required: boolean;
  options: OptionPlan[];
};
export type QuestionnairePlan = {
  id: string;
  kind: QuestionnaireKind;
  questions: QuestionPlan[];
  maxScore: number;
};
export type QuestionnaireSet = Partial<Record<QuestionnaireKind, QuestionnairePlan>>;

export type Theme =
  "fiscal" | "social" | "comptable" | "audit" | "juridique" | "numerique" | "cabinet" | "safir";

export type UnitPlan = { id: string; estimatedMinutes: number };
export type ElearningPlan = { moduleId: string; units: UnitPlan[] };

export type CoursePlan = {
  id: string;
  key: string;
  code: string;
  org: OrgPlan;
  title: string;
  modality: Modality;
  minutes: number;
  priceCents: number;
  vatRateBasisPoints: number;
  theme: Theme;
  programme: string[];
  /** Relative frequency in the generated catalogue of sessions; 0 for the guide's own courses. */
  volumeWeight: number;
  questionnaires: QuestionnaireSet;
  elearning: ElearningPlan | null;
  /** Each session gets its own questionnaires (the course has none). */
  sessionQuestionnaires: boolean;
  /** A positioning test is required before confirmation. */
  positioning: boolean;
};

export type SlotPlan = {
  id: string;
  date: Day;
  halfDay: HalfDay;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  title: string;
  organizerName: string | null;
  venueId: string | null;
};

export type SessionPlan = {
  id: string;
  org: OrgPlan;
  course: CoursePlan;
  /** Null until the references are numbered in date order. */
  reference: string | null;
  modality: Modality;
  status: SessionStatus;
  organizerName: string;
  venue: VenuePlan | null;
  placeLabel: string | null;
  joinUrl: string | null;
  capacity: number | null;
  positioningRequired: boolean;
  startsAt: Date;
  endsAt: Date;
  slots: SlotPlan[];
  createdAt: Date;
  /** When the organization cancelled it (status CANCELLED). */
  cancelledAt: Date | null;
  certificateRule: CertificateRule;
  minAttendancePercent: number;
  passPercent: number;
  accessDays: number;
  /** Session-level questionnaires; they win over the course's of the same kind. */
  questionnaires: QuestionnaireSet;
  /** Participants already registered (one registration per participant and session). */
  participantIds: Set<string>;
};

export type Outcome = "submitted" | "draft" | "none";
export type AttendancePlan = "present" | "mixed" | "none";
export type ElearningOutcome = "completed" | "partial" | "not-started" | "none";

export type RegistrationPlan = {
  id: string;
  participant: ParticipantPlan;
  session: SessionPlan;
  order: OrderPlan;
  status: RegistrationStatus;
  reason: string | null;
  createdAt: Date;
  createdById: string;
  /** Set when the organization confirmed it, even if it was cancelled later. */
  confirmedAt: Date | null;
  /** Cancellation or refusal time. */
  closedAt: Date | null;
  closedById: string | null;
  attendance: AttendancePlan;
  positioning: Outcome;
  validation: Outcome;
  satisfaction: Outcome;
  elearning: ElearningOutcome;
  elearningAccessStartsAt: Date | null;
  /** Issue the certificate if the session's rule is met. */
  certificate: boolean;
  /** Log virtual-class connections for attended sittings. */
  joins: boolean;
};

export type PaymentPlan = "paid" | "partial" | "unpaid";

export type OrderPlan = {
  id: string;
  /** Fixed by the guide for Claire's orders; generated otherwise. */
  reference: string | null;
  org: OrgPlan;
  company: CompanyPlan | null;
  payer: ParticipantPlan | null;
  orderedAt: Date;
  registrations: RegistrationPlan[];
  payment: PaymentPlan;
  /** When the payment arrived (defaults to some days after the invoice). */
  paidAt: Date | null;
};

export type World = {
  orgs: Record<OrgKey, OrgPlan>;
  courses: CoursePlan[];
  coursesByKey: Map<string, CoursePlan>;
  companies: CompanyPlan[];
  participants: ParticipantPlan[];
  demo: DemoPeople;
  sessions: SessionPlan[];
  registrations: RegistrationPlan[];
  orders: OrderPlan[];
};

export type DemoPeople = {
  claire: ParticipantPlan;
  thomas: ParticipantPlan;
  sophie: ParticipantPlan;
  julienUserId: string;
  nadiaUserId: string;
  delorme: CompanyPlan;
};

export function course(world: Pick<World, "coursesByKey">, key: string): CoursePlan {
  const found = world.coursesByKey.get(key);
  if (!found) throw new Error(`Formation inconnue dans le catalogue de démonstration : ${key}`);
  return found;
}
