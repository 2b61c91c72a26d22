import { describe, expect, it } from "vitest";
import { describeProductionProblems, productionProblems } from "./production-guards";

const production = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
const complete = {
  ...production,
  DATABASE_URL: "postgresql://parcours@db/parcours",
  SMTP_URL: "smtp://mail:25",
  STORAGE_DRIVER: "s3",
  S3_BUCKET: "parcours",
} as NodeJS.ProcessEnv;
const variables = (env: NodeJS.ProcessEnv) => productionProblems(env).map((p) => p.variable);

describe("production guards", () => {
  it("let development, tests and a complete production environment through", () => {
    expect(productionProblems({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toEqual([]);
    expect(productionProblems({ NODE_ENV: "test" } as NodeJS.ProcessEnv)).toEqual([]);
    expect(productionProblems(complete)).toEqual([]);
  });

  it("name each variable whose absence keeps state on the local disk", () => {
    expect(variables(production)).toEqual(["DATABASE_URL", "SMTP_URL", "STORAGE_DRIVER"]);
    expect(variables({ ...complete, DATABASE_URL: " " })).toEqual(["DATABASE_URL"]);
    expect(variables({ ...complete, SMTP_URL: "" })).toEqual(["SMTP_URL"]);
    expect(variables({ ...complete, STORAGE_DRIVER: "local" })).toEqual(["STORAGE_DRIVER"]);
    expect(variables({ ...complete, S3_BUCKET: "" })).toEqual(["S3_BUCKET"]);
  });

  it("accept local state when the host says so, but never S3 without its bucket", () => {
    const local = { ...production, PARCOURS_ALLOW_LOCAL_STATE: "1" } as NodeJS.ProcessEnv;
    expect(variables(local)).toEqual([]);
    expect(variables({ ...local, PARCOURS_ALLOW_LOCAL_STATE: "true" })).toHaveLength(3);
    expect(variables({ ...local, STORAGE_DRIVER: "s3" })).toEqual(["S3_BUCKET"]);
  });

  it("say it in French and English, with the way out", () => {
    const text = describeProductionProblems(productionProblems(production));
    expect(text).toContain("DATABASE_URL manque");
    expect(text).toContain("DATABASE_URL is missing");
    expect(text).toContain("SMTP_URL is missing");
    expect(text).toContain("STORAGE_DRIVER=s3 manque");
    expect(text).toContain("PARCOURS_ALLOW_LOCAL_STATE=1");
  });
});
