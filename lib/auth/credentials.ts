import "server-only";
import { getDb } from "@/lib/db";
import { getDecoyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * Checks an e-mail and password. Every failure (bad shape, unknown e-mail,
 * account not activated, wrong password) returns null, in the same time, so
 * the caller shows one generic message and nothing leaks.
 */
export async function authenticate(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      sessionVersion: true,
      anonymizedAt: true,
    },
  });
  const hash = user?.passwordHash ?? (await getDecoyHash());
  const valid = await verifyPassword(parsed.data.password, hash);
  if (!user || !user.passwordHash || user.anonymizedAt || !valid) return null;
  return {
    id: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    sessionVersion: user.sessionVersion,
  };
}
