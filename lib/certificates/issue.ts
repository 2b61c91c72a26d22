import "server-only";
import type { Db } from "@/lib/db";
import { newCertificateNumber } from "./number";

export type IssuedCertificate = {
  id: string;
  number: string;
  issuedAt: Date;
  revokedAt: Date | null;
};

/**
 * The certificate of a registration, issued on first call and the same on
 * every call after. The database's unique (registrationId, kind) decides
 * between concurrent first downloads: every caller inserts with ON CONFLICT
 * DO NOTHING, then all read the one row that won. `created` is true for the
 * caller whose row it is (it records the issuance).
 */
export async function issueCertificate(
  db: Db,
  registrationId: string,
  now: Date,
): Promise<IssuedCertificate & { created: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.issuedDocument.createMany({
      data: [
        { registrationId, kind: "CERTIFICATE", number: newCertificateNumber(), issuedAt: now },
      ],
      skipDuplicates: true,
    });
    const issued = await db.issuedDocument.findUnique({
      where: { registrationId_kind: { registrationId, kind: "CERTIFICATE" } },
      select: { id: true, number: true, issuedAt: true, revokedAt: true },
    });
    if (issued) return { ...issued, created: inserted.count === 1 };
    // Nothing inserted and nothing found: the number drawn belongs to another
    // certificate (60 random bits: practically never). Draw again.
  }
  throw new Error(`Impossible d'attribuer un numéro d'attestation (inscription ${registrationId})`);
}
