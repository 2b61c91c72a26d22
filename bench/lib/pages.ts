import { mintSessionCookie } from "./auth";
import type { LoadTarget } from "./load";
import type { BenchTargets } from "./targets";

/**
 * The pages the bench reads, each as the person who opens it: the big
 * participant's list and details, the trainer's list and session, the
 * organization's page of that session, the firm's collaborators, the
 * contrôleur's portfolio and the maître's list. The main run, the scale table
 * and the soak all use this one list.
 */
export type BenchPage = {
  key: string;
  label: string;
  target: LoadTarget & { headers: Record<string, string> };
  /**
   * The smallest data set (registrations) where the page shows what it shows on
   * the largest, when the smallest does not: the scale table compares from there.
   */
  sameFrom?: number;
};

export async function benchPages(
  targets: BenchTargets,
  secret: string,
  bigParticipantCookie: string,
): Promise<BenchPage[]> {
  const as = async (userId: string) => ({ Cookie: await mintSessionCookie(secret, userId) });
  const trainer = await as(targets.trainer.userId);
  const page = (key: string, label: string, path: string, headers: Record<string, string>) => ({
    key,
    label,
    target: { path, headers },
  });
  return [
    // The floor: a signed-in page of the same layout with almost nothing in it
    // (no slot open to sign): what any page of this stack costs at the least.
    page("floor", "Plancher : « Signer ma présence » sans séance ouverte", "/emargement", {
      Cookie: bigParticipantCookie,
    }),
    page("sessions", "Mes sessions", "/sessions", { Cookie: bigParticipantCookie }),
    page("details", "Détails d'une session", `/sessions/${targets.detailsRegistrationId}`, {
      Cookie: bigParticipantCookie,
    }),
    page("trainer-list", "Mes sessions à animer", "/formateur", trainer),
    page(
      "trainer-session",
      `Session du formateur (${targets.trainer.registrationIds.length} participants)`,
      `/formateur/sessions/${targets.trainer.sessionId}`,
      trainer,
    ),
    page(
      "organization-session",
      "Session vue par l'organisme",
      `/organisme/sessions/${targets.trainer.sessionId}`,
      await as(targets.staffUserId),
    ),
    {
      ...page(
        "company-collaborators",
        "Collaborateurs (responsable d'un cabinet)",
        `/entreprise/${targets.manager.companyId}/collaborateurs`,
        await as(targets.manager.userId),
      ),
      // 1,000 registrations give the firm's 170 collaborators two trainings each, the
      // larger sets ten (bench/data/accounts scaleOf): the same page from 10k up.
      sameFrom: 10_000,
    },
    page(
      "controller-portfolio",
      "Mon portefeuille (contrôleur, 300 stagiaires)",
      "/controle-de-stage",
      await as(targets.controllerUserId),
    ),
    page(
      "master-list",
      "Mes stagiaires (maître de stage)",
      "/maitre-de-stage",
      await as(targets.masterUserId),
    ),
  ];
}
