import "server-only";
import { isoWeekLabel, parisDay, parisTime, parisWeekMonday } from "@/lib/dates/paris";
import { getDb } from "@/lib/db";
import { publicBaseUrl } from "@/lib/http/public-url";
import { listRunningDossiers, type Dossier } from "@/lib/internships/dossier";
import { documentLabel } from "@/lib/internships/obligations";
import { coversDay } from "@/lib/scopes/internships";
import { internshipWaitingDigestMail, type WaitingItem } from "../messages";
import { type ReminderCandidate, type ReminderWindow } from "../rule";

/**
 * The weekly digest of what waits for the maîtres and contrôleurs de stage,
 * its moment the start of the (Paris) week: for a maître, the documents his
 * stagiaires transmitted to him; for a contrôleur, the documents transmitted
 * to him and the late obligations of his portfolio. Only the stages they
 * supervise or control this day, as their spaces show them
 * (lib/scopes/internships). One e-mail per person and ISO week (the week is
 * the subject), none when nothing waits, none to "Jamais" for "Stage"; a
 * "Résumé hebdomadaire" choice gets this one, already weekly.
 */
type Waiting = { toEndorse: WaitingItem[]; toValidate: WaitingItem[]; late: WaitingItem[] };

function gather(dossiers: readonly Dossier[], today: Date): Map<string, Waiting> {
  const byUser = new Map<string, Waiting>();
  const of = (userId: string) => {
    const found = byUser.get(userId) ?? { toEndorse: [], toValidate: [], late: [] };
    byUser.set(userId, found);
    return found;
  };
  const covers = (p: { startDate: Date; endDate: Date | null }) =>
    p.startDate <= today && (p.endDate === null || p.endDate >= today);
  for (const d of dossiers) {
    const inState = (state: "SUBMITTED_TO_SUPERVISOR" | "SUBMITTED_TO_CONTROLLER") =>
      d.documents
        .filter((doc) => doc.state === state)
        .map((doc) => ({
          stagiaireName: d.stagiaireName,
          label: documentLabel(doc.kind, doc.sequence),
          since: parisDay(doc.stateChangedAt),
        }));
    const toEndorse = inState("SUBMITTED_TO_SUPERVISOR");
    const toValidate = inState("SUBMITTED_TO_CONTROLLER");
    const late = d.obligations
      .filter((o) => o.status === "late")
      .map((o) => ({ stagiaireName: d.stagiaireName, label: o.label, since: o.due }));
    for (const s of d.supervisions.filter(covers)) of(s.userId).toEndorse.push(...toEndorse);
    for (const c of d.controls.filter(covers)) {
      of(c.userId).toValidate.push(...toValidate);
      of(c.userId).late.push(...late);
    }
  }
  return byUser;
}

export async function internshipWaitingCandidates(
  window: ReminderWindow,
  now: Date,
): Promise<ReminderCandidate[]> {
  const monday = parisWeekMonday(now);
  const eventAt = parisTime(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
  if (eventAt < window.from || eventAt > window.to) return [];
  const today = parisDay(now);
  const dossiers = await listRunningDossiers(
    {
      OR: [{ supervisions: { some: coversDay(today) } }, { controls: { some: coversDay(today) } }],
    },
    now,
  );
  const waiting = gather(dossiers, today);
  const nonEmpty = [...waiting].filter(
    ([, w]) => w.toEndorse.length + w.toValidate.length + w.late.length > 0,
  );
  if (nonEmpty.length === 0) return [];
  const db = await getDb();
  const users = await db.user.findMany({
    where: {
      id: { in: nonEmpty.map(([userId]) => userId) },
      anonymizedAt: null,
      notificationPrefs: { none: { category: "INTERNSHIP", choice: "NEVER" } },
    },
    select: { id: true, email: true, firstName: true },
  });
  const week = isoWeekLabel(monday);
  const base = publicBaseUrl();
  return users.map((user): ReminderCandidate => {
    const items = waiting.get(user.id)!;
    return {
      subjectId: `${user.id}:${week}`,
      userId: user.id,
      choice: "IMMEDIATE",
      eventAt,
      build: async () =>
        internshipWaitingDigestMail({
          to: user.email,
          firstName: user.firstName,
          week,
          ...items,
          links: {
            supervisor: `${base}/maitre-de-stage`,
            controllerWaiting: `${base}/controle-de-stage?filtre=attente`,
            controllerLate: `${base}/controle-de-stage?filtre=retard`,
          },
        }),
    };
  });
}
