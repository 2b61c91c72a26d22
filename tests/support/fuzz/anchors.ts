import { getDb } from "../../../lib/db/client";
import { viewerFor } from "../viewers";

/**
 * Real ids of the seeded demo, reachable by the user each target signs in as,
 * so that hostile values sit next to ids that pass every check (a hostile
 * payload then goes as deep as the data functions, not only the schema). A
 * missing row gives an id that exists nowhere: the fuzzing stays valid, only
 * shallower.
 */
export type Anchors = Record<AnchorName, string> & { questionIds: string[] };

export type AnchorName =
  | "userId"
  | "companyId"
  | "membershipId"
  | "collaboratorId"
  | "companySessionId"
  | "companyRegistrationId"
  | "companyInvoiceId"
  | "staffSessionId"
  | "staffSlotId"
  | "staffRegistrationId"
  | "staffMaterialId"
  | "staffInvoiceId"
  | "staffQuestionId"
  | "registrationId"
  | "unitId"
  | "materialId"
  | "invoiceId"
  | "trainerSessionId"
  | "trainerSlotId"
  | "trainerRegistrationId"
  | "internshipId"
  | "internshipDocumentId"
  | "internshipVersionId"
  | "councilId";

const NOWHERE = "absent-du-jeu-de-demo";

export const anchors = {} as Anchors;

export async function loadAnchors(): Promise<Anchors> {
  const db = await getDb();
  const claire = await viewerFor("participant@demo.test");
  const manager = await viewerFor("manager@demo.test");
  const staff = await viewerFor("organisme@demo.test");
  const companyId = manager.companies[0]?.companyId ?? NOWHERE;
  const organizationIds = staff.organizations.map((o) => o.organizationId);

  const [membership, collaborator, companyRegistration, companySession, companyInvoice] =
    await Promise.all([
      db.companyMembership.findFirst({ where: { companyId, userId: { not: manager.id } } }),
      db.participant.findFirst({ where: { companyId } }),
      db.registration.findFirst({ where: { participant: { companyId } } }),
      db.trainingSession.findFirst({ where: { startsAt: { gt: new Date() } } }),
      db.invoice.findFirst({ where: { order: { companyId } } }),
    ]);
  const staffSession = await db.trainingSession.findFirst({
    where: { organizationId: { in: organizationIds }, registrations: { some: {} } },
    orderBy: { startsAt: "asc" },
  });
  const sessionId = staffSession?.id ?? NOWHERE;
  const [slot, staffRegistration, staffMaterial, staffInvoice, staffQuestion] = await Promise.all([
    db.sessionSlot.findFirst({ where: { sessionId } }),
    db.registration.findFirst({ where: { sessionId } }),
    db.trainingMaterial.findFirst({
      where: { session: { organizationId: { in: organizationIds } } },
    }),
    db.invoice.findFirst({ where: { organizationId: { in: organizationIds } } }),
    db.elearningQuestion.findFirst({
      where: { registration: { session: { organizationId: { in: organizationIds } } } },
    }),
  ]);
  const elearning = await db.registration.findFirst({
    where: { participantId: claire.participantId ?? NOWHERE, session: { modality: "ELEARNING" } },
    select: { id: true, session: { select: { courseId: true } } },
  });
  const [unit, material, invoice, questions] = await Promise.all([
    db.elearningUnit.findFirst({
      where: { module: { courseId: elearning?.session.courseId ?? NOWHERE } },
    }),
    db.trainingMaterial.findFirst({
      where: {
        session: { registrations: { some: { participantId: claire.participantId ?? "" } } },
      },
    }),
    db.invoice.findFirst({ where: { order: { participantId: claire.participantId ?? NOWHERE } } }),
    db.question.findMany({ take: 5, select: { id: true } }),
  ]);

  const trainerSession = await db.trainingSession.findFirst({
    where: { trainers: { some: { user: { email: "formateur@demo.test" } } }, slots: { some: {} } },
    select: {
      id: true,
      slots: { select: { id: true }, take: 1 },
      registrations: { where: { status: "CONFIRMED" }, select: { id: true }, take: 1 },
    },
    orderBy: { startsAt: "desc" },
  });
  const internship = await db.internship.findFirst({
    where: { participant: { user: { email: "stagiaire@demo.test" } } },
    select: {
      id: true,
      councilId: true,
      documents: {
        where: { kind: "REPORT" },
        select: { id: true, versions: { select: { id: true }, take: 1 } },
        orderBy: { sequence: "asc" },
      },
    },
  });
  const stageDocument = internship?.documents.find((d) => d.versions.length > 0);

  Object.assign(anchors, {
    userId: claire.id,
    companyId,
    membershipId: membership?.id ?? NOWHERE,
    collaboratorId: collaborator?.id ?? NOWHERE,
    companySessionId: companySession?.id ?? NOWHERE,
    companyRegistrationId: companyRegistration?.id ?? NOWHERE,
    companyInvoiceId: companyInvoice?.id ?? NOWHERE,
    staffSessionId: sessionId,
    staffSlotId: slot?.id ?? NOWHERE,
    staffRegistrationId: staffRegistration?.id ?? NOWHERE,
    staffMaterialId: staffMaterial?.id ?? NOWHERE,
    staffInvoiceId: staffInvoice?.id ?? NOWHERE,
    staffQuestionId: staffQuestion?.id ?? NOWHERE,
    registrationId: elearning?.id ?? NOWHERE,
    unitId: unit?.id ?? NOWHERE,
    materialId: material?.id ?? NOWHERE,
    invoiceId: invoice?.id ?? NOWHERE,
    questionIds: questions.map((q) => q.id),
    trainerSessionId: trainerSession?.id ?? NOWHERE,
    trainerSlotId: trainerSession?.slots[0]?.id ?? NOWHERE,
    trainerRegistrationId: trainerSession?.registrations[0]?.id ?? NOWHERE,
    internshipId: internship?.id ?? NOWHERE,
    internshipDocumentId: stageDocument?.id ?? NOWHERE,
    internshipVersionId: stageDocument?.versions[0]?.id ?? NOWHERE,
    councilId: internship?.councilId ?? NOWHERE,
  } satisfies Anchors);
  return anchors;
}

/** A getter for the field arbitraries, read when a value is generated (after loadAnchors). */
export const anchor = (name: AnchorName) => () => anchors[name];
