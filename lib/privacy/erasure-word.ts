/**
 * The word the person types to confirm the erasure. Apart from ./schemas
 * so that the form shows it without loading zod first (the schema is loaded
 * lazily, see components/forms/lazy-zod-resolver).
 */
export const ERASURE_CONFIRMATION_WORD = "SUPPRIMER";
