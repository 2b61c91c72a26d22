import "server-only";
import { getDb } from "@/lib/db";
import { documentFieldsSelect, versionFieldsSelect } from "@/lib/internships/document-select";

/**
 * The stage d'expertise comptable in the personal data export: the person's
 * own stage (as stagiaire) with its documents, versions and visa trail, and
 * what they wrote or decided on others' stages (as maître or contrôleur).
 * One query (lateral joins), then each table's rows once.
 */
const supervision = {
  id: true,
  internshipId: true,
  userId: true,
  role: true,
  firmName: true,
  startDate: true,
  endDate: true,
} as const;
const control = {
  id: true,
  internshipId: true,
  userId: true,
  role: true,
  startDate: true,
  endDate: true,
} as const;
const version = { ...versionFieldsSelect, documentId: true, createdById: true } as const;
const review = {
  id: true,
  documentId: true,
  versionId: true,
  userId: true,
  role: true,
  fromState: true,
  toState: true,
  comment: true,
  at: true,
} as const;

const interview = {
  id: true,
  internshipId: true,
  state: true,
  scheduledAt: true,
  place: true,
  videoLink: true,
  message: true,
  proposedById: true,
  acceptedAt: true,
  createdAt: true,
} as const;
const penalty = {
  id: true,
  internshipId: true,
  documentId: true,
  months: true,
  comment: true,
  recordedById: true,
  createdAt: true,
} as const;
const hearing = {
  id: true,
  internshipId: true,
  heldOn: true,
  summary: true,
  recordedById: true,
  createdAt: true,
} as const;
const decision = {
  id: true,
  internshipId: true,
  kind: true,
  months: true,
  decidedOn: true,
  comment: true,
  recordedById: true,
  createdAt: true,
} as const;
const attestation = {
  id: true,
  internshipId: true,
  decisionId: true,
  number: true,
  issuedOn: true,
  validUntil: true,
  extendedAt: true,
  extendedById: true,
  createdAt: true,
} as const;

function once<T extends { id: string }>(...lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const row of lists.flat()) seen.set(row.id, row);
  return [...seen.values()];
}

export async function internshipExportSections(userId: string) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      supervisions: { select: supervision },
      internshipControls: { select: control },
      documentVersions: { select: version },
      documentReviews: { select: review },
      interviewProposals: { select: interview },
      internshipPenalties: { select: penalty },
      internshipHearings: { select: hearing },
      internshipDecisions: { select: decision },
      attestationExtensions: { select: attestation },
      participant: {
        select: {
          internships: {
            select: {
              id: true,
              councilId: true,
              council: { select: { name: true } },
              variant: true,
              startDate: true,
              cacTrack: true,
              status: true,
              createdAt: true,
              supervisions: { select: supervision },
              controls: { select: control },
              interview: { select: interview },
              penalties: { select: penalty },
              hearings: { select: hearing },
              decisions: { select: decision },
              attestation: { select: attestation },
              suspensions: {
                select: {
                  id: true,
                  internshipId: true,
                  startDate: true,
                  endDate: true,
                  reason: true,
                },
              },
              documents: {
                select: {
                  ...documentFieldsSelect,
                  createdAt: true,
                  versions: { select: version },
                  reviews: { select: review },
                },
              },
            },
          },
        },
      },
    },
  });
  const stages = user.participant?.internships ?? [];
  const documents = stages.flatMap((s) => s.documents);
  return {
    Internship: stages.map((s) => ({
      id: s.id,
      councilId: s.councilId,
      councilName: s.council.name,
      variant: s.variant,
      startDate: s.startDate,
      cacTrack: s.cacTrack,
      status: s.status,
      createdAt: s.createdAt,
    })),
    InternshipSupervision: once(user.supervisions, ...stages.map((s) => s.supervisions)),
    InternshipControl: once(user.internshipControls, ...stages.map((s) => s.controls)),
    InternshipSuspension: stages.flatMap((s) => s.suspensions),
    InternshipDocument: documents.map((d) => ({
      id: d.id,
      internshipId: d.internshipId,
      kind: d.kind,
      sequence: d.sequence,
      year: d.year,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      state: d.state,
      draftBody: d.draftBody,
      draftHours: d.draftHours,
      draftFileName: d.draftFileName,
      stateChangedAt: d.stateChangedAt,
      createdAt: d.createdAt,
    })),
    InternshipDocumentVersion: once(user.documentVersions, ...documents.map((d) => d.versions)),
    DocumentReview: once(user.documentReviews, ...documents.map((d) => d.reviews)).sort(
      (a, b) => a.at.getTime() - b.at.getTime(),
    ),
    InternshipInterview: once(
      user.interviewProposals,
      stages.flatMap((s) => (s.interview ? [s.interview] : [])),
    ),
    InternshipPenalty: once(user.internshipPenalties, ...stages.map((s) => s.penalties)),
    InternshipHearing: once(user.internshipHearings, ...stages.map((s) => s.hearings)),
    InternshipDecision: once(user.internshipDecisions, ...stages.map((s) => s.decisions)),
    InternshipAttestation: once(
      user.attestationExtensions,
      stages.flatMap((s) => (s.attestation ? [s.attestation] : [])),
    ),
  };
}
