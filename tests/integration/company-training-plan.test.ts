import { describe, expect, it } from "vitest";
import { getTrainingPlan, trainingPlanCsv } from "../../lib/companies/training-plan";
import { parisTime, parisYear } from "../../lib/dates/paris";
import { countQueries } from "../../lib/db/query-count";
import { withPermit } from "../support/scopes";
import { setupTestDatabase } from "../support/test-database";
import { viewerFor } from "../support/viewers";

/**
 * The firm's training plan: every collaborator's hours of three years, the
 * sessions done this year and those planned, in three queries; as CSV too.
 * Behind collaborators.view.
 */
const { db } = setupTestDatabase("seeded");

describe("the training plan", () => {
  it("counts each collaborator's sessions done and planned, in three queries", async () => {
    const julien = await viewerFor("manager@demo.test");
    const claire = await viewerFor("participant@demo.test");
    const companyId = julien.companies[0]!.companyId;
    const now = new Date();
    const { result: plan, queries } = await countQueries(() =>
      withPermit(julien, companyId, "collaborators.view", (permit) => getTrainingPlan(permit, now)),
    );
    expect(queries).toBeLessThanOrEqual(4);
    const row = plan!.rows.find((r) => r.participantId === claire.participantId)!;
    const client = await db();
    const year = parisYear(now);
    expect(row.doneThisYear).toBe(
      await client.registration.count({
        where: {
          participantId: claire.participantId!,
          status: "CONFIRMED",
          session: { endsAt: { gte: parisTime(year, 1, 1), lt: now } },
        },
      }),
    );
    expect(row.planned).toBe(
      await client.registration.count({
        where: {
          participantId: claire.participantId!,
          status: { in: ["PENDING", "CONFIRMED"] },
          session: { status: "SCHEDULED", endsAt: { gte: now } },
        },
      }),
    );
    expect(row.planned).toBeGreaterThan(0);
    expect(row.years.map((y) => y.year)).toEqual([year - 2, year - 1, year]);
    expect(row.years.reduce((s, y) => s + y.minutes, 0)).toBe(row.threeYearMinutes);

    const csv = trainingPlanCsv(plan!);
    const [header, ...lines] = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe(
      `Collaborateur;Adresse e-mail;Profession;Heures ${year - 2};Heures ${year - 1};Heures ${year};Heures ${year - 2}-${year};Obligation;Sessions terminées en ${year};Sessions prévues`,
    );
    expect(lines).toHaveLength(plan!.rows.length);
    expect(lines.some((l) => l.startsWith("Claire Martin;participant@demo.test;"))).toBe(true);
  });

  it("is refused without collaborators.view", async () => {
    const other = await (
      await db()
    ).company.findFirstOrThrow({
      where: { memberships: { none: { user: { email: "manager@demo.test" } } } },
      select: { id: true },
    });
    const julien = await viewerFor("manager@demo.test");
    expect(
      await withPermit(julien, other.id, "collaborators.view", (p) => getTrainingPlan(p)),
    ).toBeNull();
  });
});
