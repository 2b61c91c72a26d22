import { addDaysTo } from "./clock";
import { slug } from "./identity";
import { newId, nextCount, type SeedContext } from "./plan";

/** Addresses under @demo.test belong to the documented demo accounts only. */
export const DEMO_DOMAIN = "demo.test";
/** Everyone else: a reserved TLD, so the app can never e-mail a real person. */
export const VOLUME_DOMAIN = "exemple.test";

/** prenom.nom.<n>@exemple.test: the number keeps homonyms apart. */
export function volumeEmail(ctx: SeedContext, firstName: string, lastName: string): string {
  const n = nextCount(ctx, "email");
  return `${slug(firstName).replace(/-/g, "")}.${slug(lastName)}.${n}@${VOLUME_DOMAIN}`;
}

export function addUser(
  ctx: SeedContext,
  user: { email: string; firstName: string; lastName: string; createdAt: Date; invited?: boolean },
): string {
  const id = newId();
  const invited = user.invited ?? false;
  ctx.rows.user.push({
    id,
    email: user.email.toLowerCase(),
    firstName: user.firstName,
    lastName: user.lastName,
    // Invited users have not chosen a password yet (guide rule 1).
    passwordHash: invited ? null : ctx.passwordHash,
    passwordChangedAt: invited ? null : ctx.clock.notAfterNow(addDaysTo(user.createdAt, 1)),
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
  });
  return id;
}
