import { Modality } from "../../lib/db/generated/enums";
import { addDaysTo } from "./clock";
import { ASSESSMENT_METHODS, COURSES, TEACHING_METHODS } from "./catalog";
import { addElearningModule } from "./elearning";
import { newId, type CoursePlan, type OrgKey, type OrgPlan, type SeedContext } from "./plan";
import { addCourseQuestionnaires } from "./questionnaires";

const bullets = (lines: readonly string[]): string => lines.map((line) => `- ${line}`).join("\n");

export function buildCourses(ctx: SeedContext, orgs: Record<OrgKey, OrgPlan>): CoursePlan[] {
  const createdAt = addDaysTo(ctx.clock.now, -4 * 365);
  return COURSES.map((seed) => {
    const org = orgs[seed.org];
    const id = newId();
    ctx.rows.course.push({
      id,
      organizationId: org.id,
      code: seed.code,
      title: seed.title,
      modality: seed.modality,
      objectives: bullets(seed.objectives),
      prerequisites: seed.prerequisites,
      audience: seed.audience,
      programme: seed.programme.join("\n"),
      durationMinutes: seed.minutes,
      durationDays: seed.days ?? null,
      priceExclVatCents: seed.priceEuros * 100,
      vatRateBasisPoints: 2000,
      assessmentMethods: ASSESSMENT_METHODS[seed.modality],
      teachingMethods: TEACHING_METHODS[seed.modality],
      contactName: org.contactName,
      contactEmail: org.contactEmail,
      contactPhone: org.contactPhone,
      createdAt,
    });
    const plan: CoursePlan = {
      id,
      key: seed.key,
      code: seed.code,
      org,
      title: seed.title,
      modality: seed.modality,
      minutes: seed.minutes,
      priceCents: seed.priceEuros * 100,
      vatRateBasisPoints: 2000,
      theme: seed.theme,
      programme: seed.programme,
      volumeWeight: seed.weight,
      questionnaires: {},
      elearning: null,
      sessionQuestionnaires: seed.sessionQuestionnaires ?? false,
      positioning: seed.positioning ?? false,
    };
    if (!plan.sessionQuestionnaires) {
      plan.questionnaires = addCourseQuestionnaires(
        ctx,
        plan,
        {
          positioning: plan.positioning,
          // An e-learning module ends with its own unit quizzes; the validation test is for live sessions.
          validation: seed.modality !== Modality.ELEARNING,
        },
        createdAt,
      );
    }
    if (seed.modality === Modality.ELEARNING)
      plan.elearning = addElearningModule(ctx, plan, createdAt);
    return plan;
  });
}
