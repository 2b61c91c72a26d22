import type { Viewer } from "@/lib/auth/viewer";

/**
 * Why the page cannot offer the erasure, or null when it can. The same rule is
 * checked again on the data inside the erasure's transaction (lib/privacy/erase).
 */
export function erasureBlocker(viewer: Pick<Viewer, "companies" | "organizations">): string | null {
  const places = [
    ...viewer.companies.map((c) => c.companyName),
    ...viewer.organizations.map((o) => o.organizationName),
  ];
  if (places.length === 0) return null;
  return `Votre compte sert aussi à gérer ${places.join(", ")}. Demandez d'abord au responsable de retirer vos accès à cet espace ; vous pourrez ensuite supprimer vos données ici, ou écrivez-nous.`;
}
