import { loadViewer, type ParticipantViewer, type Viewer } from "../../../lib/auth/load-viewer";
import { getDb } from "../../../lib/db/client";
import { getCertificate } from "../../../lib/certificates/certificate";
import { getCouncilSettingsPage } from "../../../lib/internships/council-settings";
import { getConvocation } from "../../../lib/documents/convocation";
import { getSessionCalendar } from "../../../lib/documents/calendar";
import { getModulePage } from "../../../lib/elearning/module";
import { getUnitFile } from "../../../lib/elearning/unit-file";
import { getStaffMaterialFile } from "../../../lib/organizations/materials";
import { getSessionLogistics, slotFormValues } from "../../../lib/organizations/session-logistics";
import { QUESTIONNAIRE_KINDS, QUESTIONNAIRE_SLUGS } from "../../../lib/questionnaires/kinds";
import { getQuestionnairePage } from "../../../lib/questionnaires/load";
import { getMaterialForDownload } from "../../../lib/sessions/material-download";
import { joinVirtualClass } from "../../../lib/sessions/virtual-class-join";
import { getStorage } from "../../../lib/storage";
import { participantViewerFor, viewerFor } from "../viewers";
import type { Role } from "./roles";

/**
 * The seeded records the table's rows point at: participant A's (Claire
 * Martin's), company X's (her firm's) and organization Y's (CRFC Centre-Est's).
 * Where a record must be usable by its owner right now (a certificate whose
 * rule holds, a material in its window, an open questionnaire), the owner's
 * own data function picks it: the matrix then proves that nobody else reaches it.
 */
export type Fixtures = {
  companyId: string;
  claireId: string;
  thomasId: string;
  isabelleMembershipId: string;
  /** The manager's own membership: the last able to manage habilitations (never removed). */
  managerMembershipId: string;
  /** A confirmed registration of Claire with a convocation (details, fiche, convocation). */
  convocationRegistrationId: string;
  agendaRegistrationId: string;
  attestationRegistrationId: string;
  material: { registrationId: string; materialId: string };
  module: { registrationId: string; unitId: string };
  questionnaire: { registrationId: string; slug: string };
  virtualClassRegistrationId: string;
  /** An order (and its invoice) that concerns Claire and nobody else. */
  orderId: string;
  invoiceId: string;
  /** An order of company X and one of its invoices. */
  companyOrderId: string;
  companyInvoiceId: string;
  /** A session of the catalogue Thomas is not registered to. */
  openSessionId: string;
  organizationId: string;
  orgSession: { id: string; slotId: string; registrationId: string };
  /** The logistics form of orgSession as it stands (saving it changes nothing). */
  orgLogistics: unknown;
  orgMaterial: { sessionId: string; materialId: string };
  orgInvoiceId: string;
  orgQuestionId: string;
  /** Session M: Marc Lefèvre's FORMATION SAFIR 3, its slot and Claire's registration. */
  trainerSession: { id: string; slotId: string; registrationId: string };
  /** A slot of a session where Claire is a confirmed participant and the other demo participants are not. */
  claireSlotId: string;
  /** A trainer of orgSession that the matrix may remove (its own, made here). */
  orgTrainerId: string;
  /** Lucas Moreau's stage (L): its id, report 2 (in draft) and a transmitted file. */
  internshipId: string;
  reportDocumentId: string;
  fileVersion: { documentId: string; versionId: string };
  /** L's report 1: validated by his contrôleur (a document that reached the contrôleur). */
  controlledDocumentId: string;
  /** Hélène Garnier, L's contrôleur adjoint. */
  controllerOfLId: string;
  /** The settings form of L's council as it stands (saving it changes nothing). */
  councilSettings: unknown;
};

const BASE = { baseUrl: "http://localhost:3000" };

async function first<T>(label: string, candidates: T[], accept: (c: T) => Promise<boolean>) {
  for (const c of candidates) if (await accept(c)) return c;
  throw new Error(`Données de démonstration : aucun(e) ${label}`);
}

/**
 * A question to the organization's trainers still waiting for its answer. The
 * demo seed draws its questions at random (its data follows today's date), so
 * when none is open the fixture asks one on an e-learning registration.
 */
async function unansweredQuestion(db: Awaited<ReturnType<typeof getDb>>, organizationId: string) {
  const open = await db.elearningQuestion.findFirst({
    where: { registration: { session: { organizationId } }, answeredAt: null },
    select: { id: true },
  });
  if (open) return open;
  const registration = await db.registration.findFirstOrThrow({
    where: { session: { organizationId, course: { elearning: { isNot: null } } } },
    select: {
      id: true,
      session: { select: { course: { select: { elearning: { select: { id: true } } } } } },
    },
  });
  return db.elearningQuestion.create({
    data: {
      registrationId: registration.id,
      moduleId: registration.session.course.elearning!.id,
      body: "Question posée pour la matrice d'autorisations ?",
    },
    select: { id: true },
  });
}

export async function loadFixtures(): Promise<Fixtures> {
  const db = await getDb();
  const claire = await participantViewerFor("participant@demo.test");
  const thomas = await participantViewerFor("participant2@demo.test");
  const nadia = await viewerFor("organisme@demo.test");
  const julien = await viewerFor("manager@demo.test");
  const companyId = julien.companies[0]!.companyId;
  const organizationId = nadia.organizations[0]!.organizationId;

  const registrations = await db.registration.findMany({
    where: { participantId: claire.participantId },
    select: { id: true, session: { select: { materials: { select: { id: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const ids = registrations.map((r) => r.id);
  const convocation = await first("convocation", ids, async (id) =>
    Boolean(await getConvocation(claire, id, BASE)),
  );
  const agenda = await first("agenda", ids, async (id) =>
    Boolean(await getSessionCalendar(claire, id, BASE)),
  );
  const attestation = await first("attestation", ids, async (id) =>
    Boolean(await getCertificate(claire, id, BASE)),
  );
  const material = await first(
    "support disponible",
    registrations.flatMap((r) =>
      r.session.materials.map((m) => ({ registrationId: r.id, materialId: m.id })),
    ),
    async (m) => Boolean(await getMaterialForDownload(claire, m.registrationId, m.materialId)),
  );
  const moduleRegistration = await first("module e-learning", ids, async (id) =>
    Boolean((await getModulePage(claire, id, undefined))?.access.state === "open"),
  );
  const elearning = await elearningUnit(claire, moduleRegistration);
  const questionnaire = await first(
    "questionnaire ouvert",
    ids.flatMap((registrationId) => QUESTIONNAIRE_KINDS.map((kind) => ({ registrationId, kind }))),
    async (q) => (await getQuestionnairePage(claire, q.registrationId, q.kind))?.state === "open",
  );
  const virtualClass = await first("classe virtuelle", ids, async (id) =>
    Boolean(await joinVirtualClass(claire, id)),
  );

  const order = await db.order.findFirstOrThrow({
    where: {
      registrations: {
        some: { participantId: claire.participantId },
        every: { participantId: claire.participantId },
      },
      invoices: { some: {} },
    },
    select: { id: true, invoices: { select: { id: true }, take: 1 } },
  });
  const companyOrder = await db.order.findFirstOrThrow({
    where: { companyId, invoices: { some: {} } },
    select: { id: true, invoices: { select: { id: true }, take: 1 } },
  });
  const openSession = await db.trainingSession.findFirstOrThrow({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: new Date(Date.now() + 86_400_000) },
      registrations: { none: { participantId: thomas.participantId } },
    },
    select: { id: true },
    orderBy: { startsAt: "asc" },
  });
  const managerMembership = await db.companyMembership.findFirstOrThrow({
    where: { companyId, user: { email: "manager@demo.test" } },
    select: { id: true },
  });
  const isabelle = await db.companyMembership.findFirstOrThrow({
    where: { companyId, user: { lastName: "Roux" } },
    select: { id: true },
  });

  const orgSession = await db.trainingSession.findFirstOrThrow({
    where: {
      organizationId,
      slots: { some: {} },
      registrations: { some: { status: "CONFIRMED" } },
    },
    select: {
      id: true,
      slots: { select: { id: true }, take: 1 },
      registrations: { where: { status: "CONFIRMED" }, select: { id: true }, take: 1 },
    },
  });
  const orgMaterials = await db.trainingMaterial.findMany({
    where: { session: { organizationId }, versions: { some: {} } },
    select: { id: true, sessionId: true },
  });
  const orgMaterial = await first("support de l'organisme", orgMaterials, async (m) =>
    Boolean(await getStaffMaterialFile(nadia, m.sessionId, m.id)),
  );
  const orgInvoice = await db.invoice.findFirstOrThrow({
    where: { organizationId, status: "ISSUED" },
    select: { id: true },
  });
  const orgQuestion = await unansweredQuestion(db, organizationId);
  const trainerSession = await db.trainingSession.findFirstOrThrow({
    where: {
      course: { title: "FORMATION SAFIR 3" },
      organizationId,
      trainers: { some: { user: { email: "formateur@demo.test" } } },
    },
    select: {
      id: true,
      slots: { select: { id: true }, take: 1 },
      registrations: {
        where: { participantId: claire.participantId, status: "CONFIRMED" },
        select: { id: true },
      },
    },
  });
  const sophie = await participantViewerFor("particulier@demo.test");
  const claireSlot = await db.sessionSlot.findFirstOrThrow({
    where: {
      session: {
        modality: { not: "ELEARNING" },
        registrations: { some: { participantId: claire.participantId, status: "CONFIRMED" } },
        AND: [
          { registrations: { none: { participantId: thomas.participantId } } },
          { registrations: { none: { participantId: sophie.participantId } } },
        ],
      },
    },
    select: { id: true },
  });
  const matrixTrainer = await db.user.upsert({
    where: { email: "formateur.matrice@exemple.test" },
    create: {
      email: "formateur.matrice@exemple.test",
      firstName: "Formateur",
      lastName: "Matrice",
    },
    update: {},
    select: { id: true },
  });
  const orgTrainer = await db.sessionTrainer.create({
    data: { sessionId: orgSession.id, userId: matrixTrainer.id, organizationId },
    select: { id: true },
  });
  const internship = await lucasStage();

  return {
    companyId,
    claireId: claire.participantId,
    thomasId: thomas.participantId,
    isabelleMembershipId: isabelle.id,
    managerMembershipId: managerMembership.id,
    convocationRegistrationId: convocation,
    agendaRegistrationId: agenda,
    attestationRegistrationId: attestation,
    material,
    module: elearning,
    questionnaire: {
      registrationId: questionnaire.registrationId,
      slug: QUESTIONNAIRE_SLUGS[questionnaire.kind],
    },
    virtualClassRegistrationId: virtualClass,
    orderId: order.id,
    invoiceId: order.invoices[0]!.id,
    companyOrderId: companyOrder.id,
    companyInvoiceId: companyOrder.invoices[0]!.id,
    openSessionId: openSession.id,
    organizationId,
    orgSession: {
      id: orgSession.id,
      slotId: orgSession.slots[0]!.id,
      registrationId: orgSession.registrations[0]!.id,
    },
    orgLogistics: await logisticsAsTheyAre(nadia, orgSession.id),
    orgMaterial: { sessionId: orgMaterial.sessionId, materialId: orgMaterial.id },
    orgInvoiceId: orgInvoice.id,
    orgQuestionId: orgQuestion.id,
    trainerSession: {
      id: trainerSession.id,
      slotId: trainerSession.slots[0]!.id,
      registrationId: trainerSession.registrations[0]!.id,
    },
    claireSlotId: claireSlot.id,
    orgTrainerId: orgTrainer.id,
    ...internship,
  };
}

/**
 * Lucas Moreau's stage, its report 2, and a file transmitted as a version of
 * report 1 (the demo's versions are written in the page; a stored file is
 * added here, in this test's own database and storage).
 */
async function lucasStage() {
  const db = await getDb();
  const internship = await db.internship.findFirstOrThrow({
    where: { participant: { user: { email: "stagiaire@demo.test" } } },
    select: {
      id: true,
      participant: { select: { userId: true } },
      documents: { where: { kind: "REPORT" }, select: { id: true, sequence: true } },
    },
  });
  const report = (n: number) => internship.documents.find((d) => d.sequence === n)!.id;
  const storageKey = `internships/matrice/${internship.id}.pdf`;
  await getStorage().put(
    storageKey,
    new TextEncoder().encode("%PDF-1.7\n%%EOF\n"),
    "application/pdf",
  );
  const version = await db.internshipDocumentVersion.create({
    data: {
      documentId: report(1),
      version: 2,
      storageKey,
      fileName: "rapport.pdf",
      mimeType: "application/pdf",
      sizeBytes: 15,
      createdById: internship.participant.userId,
    },
    select: { id: true },
  });
  const helene = await viewerFor("controleur@demo.test");
  const settings = await getCouncilSettingsPage(await viewerFor("controle.principal@demo.test"));
  if (!settings) throw new Error("Données de démonstration : aucun contrôleur principal");
  return {
    internshipId: internship.id,
    reportDocumentId: report(2),
    fileVersion: { documentId: report(1), versionId: version.id },
    controlledDocumentId: report(1),
    controllerOfLId: helene.id,
    councilSettings: settings.values,
  };
}

/**
 * A unit of Claire's open module with a downloadable file. The demo's units
 * have none, so the first one gets one here, in this test's own database.
 */
async function elearningUnit(claire: ParticipantViewer, registrationId: string) {
  const db = await getDb();
  const unit = await db.elearningUnit.findFirstOrThrow({
    where: {
      module: {
        course: { sessions: { some: { registrations: { some: { id: registrationId } } } } },
      },
    },
    select: { id: true },
    orderBy: { position: "asc" },
  });
  const storageKey = `elearning/matrice/${unit.id}.pdf`;
  await getStorage().put(
    storageKey,
    new TextEncoder().encode("%PDF-1.7\n%%EOF\n"),
    "application/pdf",
  );
  await db.elearningUnit.update({
    where: { id: unit.id },
    data: { fileStorageKey: storageKey, fileName: "unite.pdf" },
  });
  if (!(await getUnitFile(claire, registrationId, unit.id))) {
    throw new Error("Données de démonstration : le fichier de l'unité n'est pas servi");
  }
  return { registrationId, unitId: unit.id };
}

async function logisticsAsTheyAre(staff: Viewer, sessionId: string) {
  const session = await getSessionLogistics(staff, sessionId);
  if (!session) throw new Error("Données de démonstration : session de l'organisme introuvable");
  return {
    sessionId,
    venueId: session.venueId ?? "",
    placeLabel: session.placeLabel ?? "",
    joinUrl: session.joinUrl ?? "",
    slots: session.slots.map(slotFormValues),
  };
}

type SignedIn = Viewer & { sessionVersion: number };

async function signedIn(email: string): Promise<SignedIn> {
  const viewer = await loadViewer({ email });
  if (!viewer) throw new Error(`Aucun utilisateur ${email}`);
  return viewer;
}

/** The user a role signs in as (null: anonymous). */
export async function roleUser(role: Role, fixtures: Fixtures): Promise<SignedIn | null> {
  if (role.user === null) return null;
  if (typeof role.user === "object") return signedIn(role.user.email);
  const db = await getDb();
  if (role.user === "user without a space") {
    const email = "sans-espace@matrice.test";
    await db.user.upsert({
      where: { email },
      create: { email, firstName: "Sans", lastName: "Espace" },
      update: {},
    });
    return signedIn(email);
  }
  if (role.user === "maître of another stagiaire") return otherMaster();
  if (role.user === "manager of another company") {
    const m = await db.companyMembership.findFirstOrThrow({
      where: {
        companyId: { not: fixtures.companyId },
        grants: { some: { permission: "habilitations.manage" } },
        user: { participant: null, organizationStaff: { none: {} } },
      },
      select: { user: { select: { email: true } } },
    });
    return signedIn(m.user.email);
  }
  const s = await db.organizationStaff.findFirstOrThrow({
    where: {
      organizationId: { not: fixtures.organizationId },
      user: { participant: null, companyMemberships: { none: {} } },
    },
    select: { user: { select: { email: true } } },
  });
  return signedIn(s.user.email);
}

/** A maître de stage (and nothing else) of a stagiaire other than Lucas. */
async function otherMaster(): Promise<SignedIn> {
  const db = await getDb();
  const email = "autre.maitre@matrice.test";
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    const council = await db.regionalCouncil.findFirstOrThrow({ select: { id: true } });
    const stagiaire = await db.user.create({
      data: {
        email: "autre.stagiaire@matrice.test",
        firstName: "Autre",
        lastName: "Stagiaire",
        participant: { create: { kind: "PRIVATE", profession: "EXPERT_COMPTABLE_STAGIAIRE" } },
      },
      select: { participant: { select: { id: true } } },
    });
    const master = await db.user.create({
      data: { email, firstName: "Autre", lastName: "Maître" },
      select: { id: true },
    });
    const aYearAgo = new Date(Math.floor(Date.now() / 86_400_000 - 365) * 86_400_000);
    await db.internship.create({
      data: {
        participantId: stagiaire.participant!.id,
        councilId: council.id,
        variant: "TWO_YEARS",
        startDate: aYearAgo,
        supervisions: {
          create: {
            userId: master.id,
            role: "MASTER",
            firmName: "Cabinet Autre",
            startDate: aYearAgo,
          },
        },
      },
    });
  }
  return signedIn(email);
}
