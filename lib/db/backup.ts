import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { FileStorage } from "@/lib/storage/types";
import { openSqlConnection, type SqlConnection } from "./sql-connection";
import { describeTarget, type DatabaseTarget } from "./target";

/*
 * Backups of the database in use (npm run db:backup / db:restore): PostgreSQL's
 * own pg_dump and pg_restore (custom format) on a server, PGlite's own
 * dumpDataDir (a gzipped tar of its data directory) on the embedded database.
 * Beside the dump, a manifest: every table's row count and a checksum of its
 * content (read again after a restore, which must match), and the stored
 * files the database points to (key, size, SHA-256), which live in the file
 * store (S3 or the disk) and are backed up there; the restore says which are
 * missing. No "server-only": the scripts and tests run it.
 */
export const BACKUP_FORMAT = "parcours-backup/1";

export type TableFigures = { rows: number; checksum: string };
export type FileEntry = {
  key: string;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
};
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  kind: DatabaseTarget["kind"];
  createdAt: string;
  source: string;
  dumpFile: string;
  tables: Record<string, TableFigures>;
  files: FileEntry[];
};

export const manifestPathOf = (dumpFile: string) => `${dumpFile}.manifest.json`;

/** Every table of the public schema: its row count and an MD5 of its rows in a stable order. */
export async function tableFigures(conn: SqlConnection): Promise<Record<string, TableFigures>> {
  const tables = await conn.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const figures: Record<string, TableFigures> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const [row] = await conn.query<{ rows: string | number; checksum: string }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM ${quoted} t`,
    );
    figures[name] = { rows: Number(row!.rows), checksum: row!.checksum };
  }
  return figures;
}

/** The differences between two sets of figures, in words (empty: identical). */
export function compareFigures(
  expected: Record<string, TableFigures>,
  found: Record<string, TableFigures>,
): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(found)])) {
    const a = expected[name];
    const b = found[name];
    if (!a) problems.push(`${name} : table en trop`);
    else if (!b) problems.push(`${name} : table absente`);
    else if (a.rows !== b.rows) problems.push(`${name} : ${b.rows} lignes au lieu de ${a.rows}`);
    else if (a.checksum !== b.checksum) problems.push(`${name} : contenu différent`);
  }
  return problems;
}

/** The files the database points to (training materials, internship documents). */
async function storedFiles(conn: SqlConnection): Promise<Omit<FileEntry, "sha256">[]> {
  const rows = await conn.query<{ key: string; fileName: string | null; sizeBytes: number | null }>(
    `SELECT "storageKey" AS key, "fileName", "sizeBytes" FROM "TrainingMaterialVersion"
     UNION ALL
     SELECT "storageKey" AS key, "fileName", "sizeBytes" FROM "InternshipDocumentVersion"
     WHERE "storageKey" IS NOT NULL
     ORDER BY key`,
  );
  return rows.map((r) => ({
    key: r.key,
    fileName: r.fileName,
    sizeBytes: r.sizeBytes === null ? null : Number(r.sizeBytes),
  }));
}

async function sha256Of(storage: FileStorage, key: string): Promise<string | null> {
  const file = await storage.get(key);
  if (!file) return null;
  const hash = crypto.createHash("sha256");
  for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest("hex");
}

/** Debian's PostgreSQL tools when they are not on the PATH: the newest version installed. */
export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root)) {
    const versions = fs
      .readdirSync(root)
      .filter((v) => fs.existsSync(path.join(root, v, "bin", name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin", name);
  }
  return name;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} : code ${result.status}\n${result.stderr.slice(-4000)}`,
    );
  }
}

/** A libpq URL without Prisma's own parameters (pg_dump refuses unknown ones). */
function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const key of ["schema", "connection_limit", "pool_timeout", "pgbouncer"]) {
    u.searchParams.delete(key);
  }
  return u.toString();
}

/**
 * Writes `<dir>/parcours-<date>.dump` (PostgreSQL) or `.tar.gz` (PGlite, whose
 * directory must not be open in another process: stop the server first) and
 * its manifest beside it. Returns the dump's path and the manifest.
 */
export async function backupDatabase(
  target: DatabaseTarget,
  options: { dir: string; storage?: FileStorage; now?: Date },
): Promise<{ file: string; manifest: BackupManifest }> {
  if (target.kind === "pglite" && target.dataDir === "memory://") {
    throw new Error("Une base en mémoire ne se sauvegarde pas.");
  }
  const now = options.now ?? new Date();
  fs.mkdirSync(options.dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(
    options.dir,
    `parcours-${stamp}.${target.kind === "postgres" ? "dump" : "tar.gz"}`,
  );

  let tables: Record<string, TableFigures>;
  let files: Omit<FileEntry, "sha256">[];
  if (target.kind === "postgres") {
    // One snapshot for the figures, then pg_dump's own; a write in between shows at restore.
    const conn = await openSqlConnection(target);
    try {
      tables = await tableFigures(conn);
      files = await storedFiles(conn);
    } finally {
      await conn.close();
    }
    run(postgresTool("pg_dump"), [
      "--format=custom",
      "--no-owner",
      "--no-acl",
      `--file=${file}`,
      `--dbname=${libpqUrl(target.url)}`,
    ]);
  } else {
    const db = new PGlite(target.dataDir);
    await db.waitReady;
    try {
      const conn: SqlConnection = {
        exec: async (sql) => void (await db.exec(sql)),
        query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
          (await db.query<T>(sql, params)).rows,
        close: async () => undefined,
      };
      tables = await tableFigures(conn);
      files = await storedFiles(conn);
      const dump = await db.dumpDataDir("gzip");
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  const withHashes: FileEntry[] = [];
  for (const f of files) {
    withHashes.push({
      ...f,
      sha256: options.storage ? await sha256Of(options.storage, f.key) : null,
    });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    kind: target.kind,
    createdAt: now.toISOString(),
    source: describeTarget(target),
    dumpFile: path.basename(file),
    tables,
    files: withHashes,
  };
  fs.writeFileSync(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
  return { file, manifest };
}

export function readManifest(file: string): BackupManifest {
  const manifestPath = manifestPathOf(file);
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`Manifeste introuvable : ${manifestPath} (il accompagne chaque sauvegarde).`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new Error(`Format de sauvegarde inconnu : ${String(manifest.format)}`);
  }
  return manifest;
}

export type RestoreReport = {
  tables: number;
  rows: number;
  /** Stored files the manifest lists that the file store does not hold (or holds changed). */
  missingFiles: string[];
  changedFiles: string[];
};

/**
 * Restores a dump into an empty database (a server's new database, or an
 * embedded directory that does not exist yet), then checks every table's
 * figures against the manifest: any difference is an error.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: { storage?: FileStorage } = {},
): Promise<RestoreReport> {
  const manifest = readManifest(file);
  if (manifest.kind !== target.kind) {
    throw new Error(
      `Cette sauvegarde vient d'une base ${manifest.kind === "postgres" ? "PostgreSQL" : "embarquée"} : restaurez-la dans une base du même genre.`,
    );
  }
  if (target.kind === "postgres") {
    const conn = await openSqlConnection(target);
    try {
      const [{ count }] = (await conn.query<{ count: string }>(
        `SELECT count(*) AS count FROM pg_tables WHERE schemaname = 'public'`,
      )) as [{ count: string }];
      if (Number(count) > 0) {
        throw new Error(
          `La base ${describeTarget(target)} n'est pas vide : restaurez dans une base neuve.`,
        );
      }
    } finally {
      await conn.close();
    }
    run(postgresTool("pg_restore"), [
      "--no-owner",
      "--no-acl",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${libpqUrl(target.url)}`,
      file,
    ]);
  } else {
    if (target.dataDir === "memory://") throw new Error("Restaurer en mémoire n'a pas de sens.");
    if (fs.existsSync(target.dataDir) && fs.readdirSync(target.dataDir).length > 0) {
      throw new Error(
        `Le dossier ${target.dataDir} n'est pas vide : restaurez dans un dossier neuf.`,
      );
    }
    fs.mkdirSync(target.dataDir, { recursive: true });
    const db = new PGlite(target.dataDir, {
      loadDataDir: new Blob([fs.readFileSync(file)]),
    });
    await db.waitReady;
    await db.close();
  }
  const conn = await openSqlConnection(target);
  let found: Record<string, TableFigures>;
  try {
    found = await tableFigures(conn);
  } finally {
    await conn.close();
  }
  const problems = compareFigures(manifest.tables, found);
  if (problems.length > 0) {
    throw new Error(`La base restaurée diffère de la sauvegarde :\n${problems.join("\n")}`);
  }
  const missingFiles: string[] = [];
  const changedFiles: string[] = [];
  if (options.storage) {
    for (const f of manifest.files) {
      const sha = await sha256Of(options.storage, f.key);
      if (sha === null) missingFiles.push(f.key);
      else if (f.sha256 && sha !== f.sha256) changedFiles.push(f.key);
    }
  }
  return {
    tables: Object.keys(found).length,
    rows: Object.values(found).reduce((sum, t) => sum + t.rows, 0),
    missingFiles,
    changedFiles,
  };
}
