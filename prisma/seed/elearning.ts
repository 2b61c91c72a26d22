import { UnitStatus } from "../../lib/db/generated/enums";
import { addMinutes, between, earliest } from "./clock";
import { GENERIC_QUESTIONS, MODULE_QUESTIONS, UNIT_CONTENT } from "./elearning-content";
import {
  newId,
  type CoursePlan,
  type ElearningOutcome,
  type ElearningPlan,
  type SeedContext,
} from "./plan";
import type { Rng } from "./random";

/** "UA1 - Définition, ..." is stored as code "UA1" and the title after the dash. */
function splitUnitLabel(label: string, position: number): { code: string; title: string } {
  const match = /^(UA\d+)\s*-\s*(.+)$/.exec(label);
  return match?.[1] && match[2]
    ? { code: match[1], title: match[2] }
    : { code: `UA${position}`, title: label };
}

export function addElearningModule(
  ctx: SeedContext,
  course: CoursePlan,
  createdAt: Date,
): ElearningPlan {
  const content = UNIT_CONTENT[course.key];
  if (!content || content.length !== course.programme.length) {
    throw new Error(`Contenu e-learning manquant ou incomplet pour ${course.key}`);
  }
  const moduleId = newId();
  ctx.rows.elearningModule.push({
    id: moduleId,
    courseId: course.id,
    title: course.title.replace(/\s*\(e-learning\)\s*$/, ""),
    createdAt,
  });
  const units = course.programme.map((label, index) => {
    const id = newId();
    const seed = content[index];
    if (!seed) throw new Error(`Unité manquante pour ${course.key}`);
    const { code, title } = splitUnitLabel(label, index + 1);
    ctx.rows.elearningUnit.push({
      id,
      moduleId,
      position: index + 1,
      code,
      title,
      content: seed.content,
      videoUrl: seed.videoUrl ?? null,
      estimatedMinutes: seed.minutes,
    });
    return { id, estimatedMinutes: seed.minutes };
  });
  return { moduleId, units };
}

/**
 * Progress rows of one learner. A unit never opened has no row (the app shows
 * it "Non commencé"); the rest follow one another in time within the access
 * window and never after `now`.
 */
export function addElearningProgress(
  ctx: SeedContext,
  rng: Rng,
  registrationId: string,
  module: ElearningPlan,
  outcome: ElearningOutcome,
  accessStartsAt: Date,
  accessEndsAt: Date,
): { completed: boolean; completedAt: Date | null } {
  if (outcome === "none" || outcome === "not-started")
    return { completed: false, completedAt: null };
  const limit = ctx.clock.notAfterNow(earliest(accessEndsAt, ctx.clock.now));
  const unitCount = module.units.length;
  const completedCount = outcome === "completed" ? unitCount : rng.int(0, unitCount - 1);
  let cursor = between(accessStartsAt, limit, rng.float(0.02, outcome === "completed" ? 0.3 : 0.5));
  let lastCompletion: Date | null = null;

  for (let i = 0; i < unitCount; i++) {
    const unit = module.units[i];
    if (!unit) break;
    const done = i < completedCount;
    const inProgress = i === completedCount;
    if (!done && !inProgress) break;
    const spent = Math.round(
      unit.estimatedMinutes * 60 * (done ? rng.float(0.8, 1.4) : rng.float(0.1, 0.6)),
    );
    const startedAt = cursor;
    const finishedAt = earliest(
      addMinutes(startedAt, Math.ceil(spent / 60) + rng.int(0, 30)),
      limit,
    );
    ctx.rows.elearningProgress.push({
      id: newId(),
      registrationId,
      unitId: unit.id,
      status: done ? UnitStatus.COMPLETED : UnitStatus.IN_PROGRESS,
      timeSpentSeconds: spent,
      startedAt,
      completedAt: done ? finishedAt : null,
      lastSeenAt: finishedAt,
    });
    if (done) lastCompletion = finishedAt;
    // Learners come back a day or a week later for the next unit.
    cursor = earliest(addMinutes(finishedAt, rng.int(60 * 12, 60 * 24 * 7)), limit);
  }
  return {
    completed: completedCount === unitCount,
    completedAt: completedCount === unitCount ? lastCompletion : null,
  };
}

export type QuestionCandidate = {
  registrationId: string;
  courseKey: string;
  moduleId: string;
  askedAfter: Date;
  answererId: string;
};

/** "Poser une question sur le module e-learning": most answered by the organization, some waiting. */
export function addElearningQuestions(
  ctx: SeedContext,
  rng: Rng,
  candidates: QuestionCandidate[],
  count: number,
): void {
  const used = new Set<string>();
  for (const candidate of rng.sample(candidates, count)) {
    const pool = [...(MODULE_QUESTIONS[candidate.courseKey] ?? []), ...GENERIC_QUESTIONS].filter(
      ([q]) => !used.has(`${candidate.moduleId}:${q}`),
    );
    if (pool.length === 0) continue;
    const [body, answer] = rng.pick(pool);
    used.add(`${candidate.moduleId}:${body}`);
    const createdAt = ctx.clock.notAfterNow(
      between(candidate.askedAfter, ctx.clock.now, rng.float(0.1, 0.6)),
      60,
    );
    const answered = answer !== "" && rng.chance(0.75);
    ctx.rows.elearningQuestion.push({
      id: newId(),
      registrationId: candidate.registrationId,
      moduleId: candidate.moduleId,
      body,
      answer: answered ? answer : null,
      answeredById: answered ? candidate.answererId : null,
      answeredAt: answered
        ? ctx.clock.notAfterNow(addMinutes(createdAt, rng.int(60, 60 * 48)))
        : null,
      createdAt,
    });
  }
}
