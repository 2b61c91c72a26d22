import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { scope, type Actor, type Scope } from "./actor";
import { registrationScope } from "./registrations";

export type QuestionnaireResponseScope = Scope<Prisma.QuestionnaireResponseWhereInput>;

/**
 * The questionnaire responses an actor may read: those of the registrations it
 * may read (registrationScope: a response says nothing its registration's
 * reader may not know; a company sees scores, never answers, which the pages
 * select only for the participant and the organization). Null: none.
 */
export function questionnaireResponseScope(actor: Actor | null): QuestionnaireResponseScope | null {
  const registration = registrationScope(actor);
  return registration ? scope({ registration }) : null;
}
