/**
 * A production server must not keep its state on a disk that the host may
 * throw away (a serverless function, a container without a volume): the
 * embedded database, the local outbox and the local file store are for the
 * demo and for a single server that keeps its disk, which says so with
 * PARCOURS_ALLOW_LOCAL_STATE=1. Checked once at start (instrumentation.ts):
 * a missing variable stops the server with its name, in French and English,
 * instead of a 500 at the first request or data lost at the next deploy.
 */
export type ProductionProblem = { variable: string; fr: string; en: string };

export function productionProblems(env: NodeJS.ProcessEnv = process.env): ProductionProblem[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: ProductionProblem[] = [];
  const local = env.PARCOURS_ALLOW_LOCAL_STATE === "1";
  if (!local && !env.DATABASE_URL?.trim()) {
    problems.push({
      variable: "DATABASE_URL",
      fr: "DATABASE_URL manque : sans elle, les données iraient dans la base embarquée (PGlite) sur le disque local.",
      en: "DATABASE_URL is missing: without it, data would go to the embedded database (PGlite) on the local disk.",
    });
  }
  if (!local && !env.SMTP_URL?.trim()) {
    problems.push({
      variable: "SMTP_URL",
      fr: "SMTP_URL manque : sans elle, les e-mails seraient écrits dans la boîte d'envoi locale au lieu d'être envoyés.",
      en: "SMTP_URL is missing: without it, e-mails would be written to the local outbox instead of being sent.",
    });
  }
  if (env.STORAGE_DRIVER === "s3") {
    if (!env.S3_BUCKET?.trim()) {
      problems.push({
        variable: "S3_BUCKET",
        fr: "S3_BUCKET manque : STORAGE_DRIVER=s3 demande le nom du bucket.",
        en: "S3_BUCKET is missing: STORAGE_DRIVER=s3 needs the bucket's name.",
      });
    }
  } else if (!local) {
    problems.push({
      variable: "STORAGE_DRIVER",
      fr: "STORAGE_DRIVER=s3 manque : sans elle, les fichiers (supports, e-learning) iraient sur le disque local.",
      en: "STORAGE_DRIVER=s3 is missing: without it, files (materials, e-learning) would go to the local disk.",
    });
  }
  return problems;
}

export function describeProductionProblems(problems: ProductionProblem[]): string {
  const lines = problems.flatMap((p) => [`- ${p.fr}`, `  ${p.en}`]);
  const allowsLocal = problems.some((p) => p.variable !== "S3_BUCKET");
  return [
    "Parcours refuse de démarrer en production / Parcours refuses to start in production:",
    ...lines,
    ...(allowsLocal
      ? [
          "Un serveur unique qui garde son disque peut le permettre avec PARCOURS_ALLOW_LOCAL_STATE=1 (voir .env.example).",
          "A single server that keeps its disk may allow it with PARCOURS_ALLOW_LOCAL_STATE=1 (see .env.example).",
        ]
      : []),
  ].join("\n");
}

/** Stops the Node.js server process when production would keep its state on the local disk. */
export function exitOnUnsafeProductionState(): void {
  const problems = productionProblems();
  if (problems.length === 0) return;
  console.error(describeProductionProblems(problems));
  process.exit(1);
}
