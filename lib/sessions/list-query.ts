import { z } from "zod";
import { Modality } from "@/lib/db/generated/enums";

/**
 * The query string of "Mes sessions". Anything malformed (page=-1, year=abc,
 * a 5 kB search) falls back to its default instead of failing the page.
 */
export const SESSIONS_PAGE_SIZE = 20;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const fallback = <T extends z.ZodType>(schema: T, value: z.infer<T>) =>
  z.preprocess(first, schema.catch(value));

export const sessionListQuerySchema = z.object({
  vue: fallback(z.enum(["prochaines", "terminees"]), "prochaines"),
  // PostgreSQL refuses a NUL byte in a search pattern: such a search is no search.
  q: fallback(
    z
      .string()
      .trim()
      .max(100)
      .regex(/^[^\u0000]*$/)
      .optional(),
    undefined,
  ),
  organisme: fallback(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    undefined,
  ),
  modalite: fallback(
    z.enum(Object.values(Modality) as [Modality, ...Modality[]]).optional(),
    undefined,
  ),
  annee: fallback(z.coerce.number().int().min(1990).max(2200).optional(), undefined),
  page: fallback(z.coerce.number().int().min(1).max(10_000), 1),
});

export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

export function parseSessionListQuery(
  params: Record<string, string | string[] | undefined>,
): SessionListQuery {
  return sessionListQuerySchema.parse(params);
}
