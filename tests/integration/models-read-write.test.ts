import { describe, expect, it } from "vitest";
import { Prisma } from "../../lib/db/generated/client";
import { setupTestDatabase } from "../support/test-database";

/**
 * The client reads and writes every model, on whichever database the run uses
 * (embedded by default, PostgreSQL when DATABASE_URL is set): the same
 * migrations must build both.
 */
const { db } = setupTestDatabase("migrated");

describe("every model round-trips through the client", () => {
  it("creates, reads and relates one row of each model", async () => {
    const prisma = await db();
    const touched = new Set<string>();
    const mark = (model: Prisma.ModelName) => touched.add(model);

    const user = await prisma.user.create({
      data: { email: "rw@test.fr", firstName: "Rita", lastName: "Write" },
    });
    mark("User");
    const token = await prisma.accountToken.create({
      data: {
        userId: user.id,
        purpose: "INVITATION",
        tokenHash: "h".repeat(64),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    mark("AccountToken");
    const company = await prisma.company.create({
      data: {
        name: "Cabinet Test",
        siret: "12345678900011",
        addressLine1: "1 rue A",
        postalCode: "69001",
        city: "Lyon",
      },
    });
    mark("Company");
    const participant = await prisma.participant.create({
      data: {
        userId: user.id,
        kind: "COLLABORATOR",
        companyId: company.id,
        profession: "EXPERT_COMPTABLE",
      },
    });
    mark("Participant");
    const membership = await prisma.companyMembership.create({
      data: { userId: user.id, companyId: company.id },
    });
    mark("CompanyMembership");
    await prisma.companyGrant.create({
      data: { membershipId: membership.id, permission: "invoices.view" },
    });
    mark("CompanyGrant");
    const request = await prisma.collaboratorInvitation.create({
      data: {
        companyId: company.id,
        participantId: participant.id,
        tokenHash: "hash-de-la-demande",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(
      await prisma.collaboratorInvitation.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({ acceptedAt: null, cancelledAt: null });
    mark("CollaboratorInvitation");
    const org = await prisma.trainingOrganization.create({
      data: {
        name: "Org",
        legalName: "Org SAS",
        siret: "98765432100012",
        addressLine1: "2 rue B",
        postalCode: "75001",
        city: "Paris",
        email: "org@test.fr",
        signatoryName: "S. Igne",
        signatoryTitle: "Directrice",
        disabilityContactName: "R. Handicap",
        disabilityContactEmail: "handicap@test.fr",
      },
    });
    mark("TrainingOrganization");
    await prisma.organizationStaff.create({
      data: { userId: user.id, organizationId: org.id, role: "ADMIN" },
    });
    mark("OrganizationStaff");
    const course = await prisma.course.create({
      data: {
        organizationId: org.id,
        title: "Cours",
        modality: "ELEARNING",
        objectives: "o",
        audience: "a",
        programme: "p",
        durationMinutes: 360,
        durationDays: new Prisma.Decimal("0.85"),
        priceExclVatCents: 50000,
        assessmentMethods: "QCM",
      },
    });
    mark("Course");
    const venue = await prisma.venue.create({
      data: {
        organizationId: org.id,
        name: "Salle",
        addressLine1: "3 rue C",
        postalCode: "21000",
        city: "Dijon",
        latitude: 47.32,
        longitude: 5.04,
      },
    });
    mark("Venue");
    const startsAt = new Date("2026-04-11T12:00:00Z");
    const endsAt = new Date("2026-04-11T15:00:00Z");
    const session = await prisma.trainingSession.create({
      data: {
        organizationId: org.id,
        courseId: course.id,
        reference: "R1",
        modality: "ELEARNING",
        organizerName: "Org",
        venueId: venue.id,
        startsAt,
        endsAt,
      },
    });
    mark("TrainingSession");
    const slot = await prisma.sessionSlot.create({
      data: {
        sessionId: session.id,
        date: new Date("2026-04-11"),
        halfDay: "AFTERNOON",
        startsAt,
        endsAt,
        title: "Intro",
        durationMinutes: 180,
      },
    });
    mark("SessionSlot");
    const order = await prisma.order.create({
      data: {
        reference: "C00000000001",
        organizationId: org.id,
        companyId: company.id,
        lines: {
          create: { description: "Cours", unitPriceExclVatCents: 50000, vatRateBasisPoints: 2000 },
        },
      },
      include: { lines: true },
    });
    mark("Order");
    mark("OrderLine");
    const registration = await prisma.registration.create({
      data: {
        participantId: participant.id,
        sessionId: session.id,
        orderId: order.id,
        history: { create: { toStatus: "PENDING" } },
      },
    });
    // The trigger records the participant's company of the day.
    expect(registration.companyId).toBe(company.id);
    mark("Registration");
    mark("RegistrationStatusChange");
    await prisma.attendance.create({
      data: { registrationId: registration.id, slotId: slot.id, status: "PRESENT" },
    });
    mark("Attendance");
    await prisma.sessionTrainer.create({
      data: { sessionId: session.id, userId: user.id, organizationId: org.id },
    });
    mark("SessionTrainer");
    await prisma.trainerCalendarFeed.create({
      data: { userId: user.id, tokenHash: "f".repeat(64) },
    });
    mark("TrainerCalendarFeed");
    await prisma.attendanceSheet.create({
      data: { slotId: slot.id, version: 1, signedById: user.id, marks: [] },
    });
    mark("AttendanceSheet");
    // A correction names its reason (CHECK constraint).
    await expect(
      prisma.attendanceSheet.create({
        data: { slotId: slot.id, version: 2, signedById: user.id, marks: [] },
      }),
    ).rejects.toThrow();
    // Ratings run from 1 to 5 (CHECK constraint), and one assessment per trainer and session.
    const assessment = { sessionId: session.id, userId: user.id, submittedAt: endsAt };
    await expect(
      prisma.trainerAssessment.create({
        data: { ...assessment, objectivesRating: 6, groupRating: 3, conditionsRating: 5 },
      }),
    ).rejects.toThrow();
    await prisma.trainerAssessment.create({
      data: { ...assessment, objectivesRating: 4, groupRating: 3, conditionsRating: 5 },
    });
    mark("TrainerAssessment");
    await expect(
      prisma.trainerAssessment.create({
        data: { ...assessment, objectivesRating: 1, groupRating: 1, conditionsRating: 1 },
      }),
    ).rejects.toThrow();
    await prisma.virtualClassJoin.create({
      data: { registrationId: registration.id, slotId: slot.id },
    });
    mark("VirtualClassJoin");
    await prisma.invoiceSequence.create({
      data: { organizationId: org.id, year: 2026, lastNumber: 1 },
    });
    mark("InvoiceSequence");
    const invoice = await prisma.invoice.create({
      data: {
        number: "F2026-000001",
        organizationId: org.id,
        orderId: order.id,
        issuedAt: startsAt,
        dueAt: endsAt,
        buyerName: "Cabinet Test",
        buyerAddress: "1 rue A, 69001 Lyon",
        totalExclVatCents: 50000,
        totalVatCents: 10000,
        totalInclVatCents: 60000,
        lines: {
          create: {
            position: 1,
            description: "Cours",
            quantity: 1,
            unitPriceExclVatCents: 50000,
            vatRateBasisPoints: 2000,
            totalExclVatCents: 50000,
          },
        },
        payments: { create: { amountCents: 60000, method: "BANK_TRANSFER", paidAt: endsAt } },
      },
    });
    mark("Invoice");
    mark("InvoiceLine");
    mark("Payment");
    await prisma.trainingMaterial.create({
      data: {
        sessionId: session.id,
        title: "Guide",
        type: "Guide utilisateurs",
        phase: "AFTER",
        availableForDays: 30,
        versions: {
          create: {
            version: 1,
            storageKey: "materials/x.pdf",
            fileName: "guide.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
          },
        },
      },
    });
    mark("TrainingMaterial");
    mark("TrainingMaterialVersion");
    const questionnaire = await prisma.questionnaire.create({
      data: {
        sessionId: session.id,
        kind: "POSITIONING",
        title: "Test de positionnement",
        questions: {
          create: {
            position: 1,
            type: "SINGLE_CHOICE",
            label: "Q1",
            points: 1,
            options: { create: [{ position: 1, label: "A", isCorrect: true }] },
          },
        },
      },
      include: { questions: { include: { options: true } } },
    });
    mark("Questionnaire");
    mark("Question");
    mark("QuestionOption");
    const question = questionnaire.questions[0]!;
    await prisma.questionnaireResponse.create({
      data: {
        questionnaireId: questionnaire.id,
        registrationId: registration.id,
        status: "SUBMITTED",
        submittedAt: endsAt,
        score: 1,
        maxScore: 1,
        answers: {
          create: { questionId: question.id, selectedOptionIds: [question.options[0]!.id] },
        },
      },
    });
    mark("QuestionnaireResponse");
    mark("Answer");
    const elearningModule = await prisma.elearningModule.create({
      data: {
        courseId: course.id,
        title: "Module",
        units: { create: { position: 1, code: "UA1", title: "Unité", content: "# Texte" } },
      },
      include: { units: true },
    });
    mark("ElearningModule");
    mark("ElearningUnit");
    await prisma.elearningProgress.create({
      data: {
        registrationId: registration.id,
        unitId: elearningModule.units[0]!.id,
        status: "IN_PROGRESS",
        timeSpentSeconds: 60,
      },
    });
    mark("ElearningProgress");
    await prisma.elearningQuestion.create({
      data: { registrationId: registration.id, moduleId: elearningModule.id, body: "Question ?" },
    });
    mark("ElearningQuestion");
    await prisma.issuedDocument.create({
      data: { registrationId: registration.id, kind: "CERTIFICATE", number: "ATT-TEST0001" },
    });
    mark("IssuedDocument");
    await prisma.auditLog.create({
      data: {
        actorUserId: user.id,
        organizationId: org.id,
        action: "registration.created",
        entityType: "Registration",
        entityId: registration.id,
        data: { via: "test" },
      },
    });
    mark("AuditLog");
    await prisma.mailJob.create({
      data: {
        label: "test",
        to: "a@exemple.test",
        dedupeKey: "test:1",
        message: { subject: "s", text: "t", html: "<p>t</p>", attachments: [] },
      },
    });
    mark("MailJob");
    await prisma.rateLimitBucket.create({
      data: { key: "signin:test", count: 1, windowStartedAt: new Date() },
    });
    mark("RateLimitBucket");
    // The CHECK constraints of the mail queue and the limiter hold.
    await expect(
      prisma.mailJob.create({
        data: { label: "x", to: "b@exemple.test", message: {}, attempts: -1 },
      }),
    ).rejects.toThrow();
    await expect(
      prisma.rateLimitBucket.create({
        data: { key: "signin:negative", count: -1, windowStartedAt: new Date() },
      }),
    ).rejects.toThrow();

    // The stage d'expertise comptable: a dossier, its people, a document, a version and its review.
    const council = await prisma.regionalCouncil.create({ data: { name: "CRO Test" } });
    mark("RegionalCouncil");
    const internship = await prisma.internship.create({
      data: {
        participantId: participant.id,
        councilId: council.id,
        variant: "THREE_YEARS",
        startDate: startsAt,
      },
    });
    mark("Internship");
    await prisma.internshipSupervision.create({
      data: {
        internshipId: internship.id,
        userId: user.id,
        role: "MASTER",
        firmName: "Cabinet Test",
        startDate: startsAt,
      },
    });
    mark("InternshipSupervision");
    await prisma.internshipControl.create({
      data: { internshipId: internship.id, userId: user.id, role: "ADJOINT", startDate: startsAt },
    });
    mark("InternshipControl");
    await prisma.internshipSuspension.create({
      data: { internshipId: internship.id, startDate: startsAt, endDate: endsAt, reason: "Congé" },
    });
    mark("InternshipSuspension");
    const stageDocument = await prisma.internshipDocument.create({
      data: {
        internshipId: internship.id,
        kind: "REPORT",
        sequence: 1,
        year: 2,
        periodStart: startsAt,
        periodEnd: endsAt,
      },
    });
    mark("InternshipDocument");
    await prisma.internshipDocumentVersion.create({
      data: { documentId: stageDocument.id, version: 1, createdById: user.id, body: "Rapport" },
    });
    mark("InternshipDocumentVersion");
    await prisma.documentReview.create({
      data: {
        documentId: stageDocument.id,
        userId: user.id,
        role: "STAGIAIRE",
        fromState: "DRAFT",
        toState: "SUBMITTED_TO_SUPERVISOR",
      },
    });
    mark("DocumentReview");
    await prisma.internshipInterview.create({
      data: {
        internshipId: internship.id,
        state: "PROPOSED_BY_CONTROLLER",
        scheduledAt: endsAt,
        videoLink: "https://visio.example.fr/entretien",
        proposedById: user.id,
      },
    });
    mark("InternshipInterview");
    await prisma.internshipPenalty.create({
      data: {
        internshipId: internship.id,
        documentId: stageDocument.id,
        months: 2,
        recordedById: user.id,
      },
    });
    mark("InternshipPenalty");
    await prisma.internshipHearing.create({
      data: {
        internshipId: internship.id,
        heldOn: startsAt,
        summary: "Audition",
        recordedById: user.id,
      },
    });
    mark("InternshipHearing");
    const decision = await prisma.internshipDecision.create({
      data: {
        internshipId: internship.id,
        kind: "ATTESTATION",
        decidedOn: startsAt,
        recordedById: user.id,
      },
    });
    mark("InternshipDecision");
    await prisma.internshipAttestation.create({
      data: {
        internshipId: internship.id,
        decisionId: decision.id,
        number: "AFS-0123456789AB",
        issuedOn: startsAt,
        validUntil: endsAt,
      },
    });
    mark("InternshipAttestation");
    // One attestation per stage.
    await expect(
      prisma.internshipAttestation.create({
        data: {
          internshipId: internship.id,
          decisionId: decision.id,
          number: "AFS-0123456789AC",
          issuedOn: startsAt,
          validUntil: endsAt,
        },
      }),
    ).rejects.toThrow();
    // A report numbered 5 does not exist (CHECK constraint).
    await expect(
      prisma.internshipDocument.create({
        data: {
          internshipId: internship.id,
          kind: "REPORT",
          sequence: 5,
          year: 2,
          periodStart: startsAt,
          periodEnd: endsAt,
        },
      }),
    ).rejects.toThrow();
    await prisma.notificationPreference.create({
      data: { userId: user.id, category: "ELEARNING", choice: "NEVER" },
    });
    mark("NotificationPreference");

    // Every model of the schema was written.
    expect([...touched].sort()).toEqual(Object.values(Prisma.ModelName).sort());

    // And reads back through the relations, with decimals, arrays and JSON intact.
    const read = await prisma.registration.findUniqueOrThrow({
      where: { id: registration.id },
      include: {
        participant: { include: { user: true, company: true } },
        session: { include: { course: true, venue: true, slots: true } },
        order: { include: { lines: true, invoices: { include: { payments: true, lines: true } } } },
        responses: { include: { answers: true } },
        progress: true,
        documents: true,
        history: true,
      },
    });
    expect(read.participant.user.email).toBe("rw@test.fr");
    expect(read.session.course.durationDays?.toString()).toBe("0.85");
    expect(read.session.venue?.latitude).toBeCloseTo(47.32);
    expect(read.order?.invoices[0]?.payments[0]?.amountCents).toBe(60000);
    expect(read.responses[0]?.answers[0]?.selectedOptionIds).toHaveLength(1);
    expect(read.documents[0]?.number).toBe("ATT-TEST0001");
    expect(read.history[0]?.toStatus).toBe("PENDING");
    expect(invoice.totalInclVatCents).toBe(60000);
    expect(token.usedAt).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: registration.id } });
    expect(audit.data).toEqual({ via: "test" });
  });
});

describe("the database enforces integrity", () => {
  it("refuses a second registration of the same participant to the same session", async () => {
    const prisma = await db();
    const registration = await prisma.registration.findFirstOrThrow();
    await expect(
      prisma.registration.create({
        data: { participantId: registration.participantId, sessionId: registration.sessionId },
      }),
    ).rejects.toThrow();
  });

  it("refuses a second response to the same questionnaire", async () => {
    const prisma = await db();
    const response = await prisma.questionnaireResponse.findFirstOrThrow();
    await expect(
      prisma.questionnaireResponse.create({
        data: {
          questionnaireId: response.questionnaireId,
          registrationId: response.registrationId,
        },
      }),
    ).rejects.toThrow();
  });

  it("checks ranges: an order with two payers, a negative payment, a scale answer of 11", async () => {
    const prisma = await db();
    const order = await prisma.order.findFirstOrThrow();
    const participant = await prisma.participant.findFirstOrThrow();
    await expect(
      prisma.order.update({ where: { id: order.id }, data: { participantId: participant.id } }),
    ).rejects.toThrow();
    const invoice = await prisma.invoice.findFirstOrThrow();
    await expect(
      prisma.payment.create({
        data: { invoiceId: invoice.id, amountCents: -1, method: "CARD", paidAt: new Date() },
      }),
    ).rejects.toThrow();
    const answer = await prisma.answer.findFirstOrThrow();
    await expect(
      prisma.answer.update({ where: { id: answer.id }, data: { numberValue: 11 } }),
    ).rejects.toThrow();
  });

  it("refuses a collaborator without a company and an orphan registration", async () => {
    const prisma = await db();
    const participant = await prisma.participant.findFirstOrThrow();
    await expect(
      prisma.participant.update({ where: { id: participant.id }, data: { companyId: null } }),
    ).rejects.toThrow();
    await expect(
      prisma.registration.create({ data: { participantId: "nobody", sessionId: "nothing" } }),
    ).rejects.toThrow();
  });
});
