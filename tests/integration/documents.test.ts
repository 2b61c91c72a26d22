import crypto from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import ICAL from "ical.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CertificateCheckView } from "../../components/documents/certificate-check-view";
import { formatCalendarDay, formatHour } from "../../lib/dates/paris";
import { countQueries } from "../../lib/db/query-count";
import { getSessionCalendar } from "../../lib/documents/calendar";
import { getCertificate } from "../../lib/certificates/certificate";
import { renderCertificatePdf } from "../../lib/certificates/pdf";
import { getConvocation } from "../../lib/documents/convocation";
import { renderConvocationPdf } from "../../lib/documents/convocation-pdf";
import { buildCalendar } from "../../lib/documents/ics";
import { checkCertificate } from "../../lib/certificates/verification";
import { getSessionDetails } from "../../lib/sessions/details";
import { setupTestDatabase } from "../support/test-database";
import { participantViewerFor } from "../support/viewers";

const { db } = setupTestDatabase("seeded");
const BASE = "https://parcours.example.fr";

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** The text of a PDF as a reader extracts it, whitespace collapsed. */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
        .join(""),
    );
  }
  await doc.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

/** Claire's registration to the session of that reference. */
async function claireRegistration(reference: string) {
  const claire = await participantViewerFor("participant@demo.test");
  const row = await (
    await db()
  ).registration.findFirstOrThrow({
    where: { participantId: claire.participantId, session: { reference } },
    select: { id: true, sessionId: true },
  });
  return { claire, registrationId: row.id, sessionId: row.sessionId };
}

describe("convocation", () => {
  it("states the participant, the reference, every slot, the address with its access and the contacts", async () => {
    const { claire, registrationId, sessionId } = await claireRegistration("20230050");
    const data = await getConvocation(claire, registrationId, { baseUrl: BASE });
    expect(data).not.toBeNull();
    const text = await pdfText(await renderConvocationPdf(data!));

    const session = await (
      await db()
    ).trainingSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: {
        course: { select: { title: true } },
        organization: { select: { name: true, disabilityContactName: true } },
        slots: {
          select: {
            date: true,
            startsAt: true,
            endsAt: true,
            venue: {
              select: { addressLine1: true, postalCode: true, city: true, accessInfo: true },
            },
          },
        },
        venue: { select: { addressLine1: true, postalCode: true, city: true, accessInfo: true } },
      },
    });
    expect(text).toContain("CONVOCATION");
    expect(text).toContain("Claire Martin");
    expect(text).toContain("20230050");
    expect(text).toContain(session.course.title);
    expect(session.slots.length).toBeGreaterThanOrEqual(6);
    for (const slot of session.slots) {
      expect(text).toContain(formatCalendarDay(slot.date));
      expect(text).toContain(`${formatHour(slot.startsAt)} - ${formatHour(slot.endsAt)}`);
      const venue = slot.venue ?? session.venue!;
      expect(text).toContain(venue.addressLine1);
      expect(text).toContain(`${venue.postalCode} ${venue.city}`);
      if (venue.accessInfo) expect(text).toContain(venue.accessInfo);
    }
    expect(text).toContain(session.organization.disabilityContactName);
    expect(text).toContain("Référent handicap");
    expect(text).toContain("À prévoir");
  });

  it("gives a virtual class its join link and how to connect instead of an address", async () => {
    const { claire, registrationId } = await claireRegistration("20230119");
    const data = await getConvocation(claire, registrationId, { baseUrl: BASE });
    expect(data?.venues).toEqual([]);
    const text = await pdfText(await renderConvocationPdf(data!));
    expect(text).toContain("https://visio.crfc-centre-est.fr/safir3");
    expect(text).toContain("Accéder à la session");
    expect(text).toContain(`${BASE}/sessions/${registrationId}`);
  });

  it("exists for confirmed registrations only, and only for their participant", async () => {
    const { registrationId } = await claireRegistration("20230050");
    const pending = await claireRegistration("20230117");
    const thomas = await participantViewerFor("participant2@demo.test");
    expect(await getConvocation(thomas, registrationId, { baseUrl: BASE })).toBeNull();
    expect(
      await getConvocation(pending.claire, pending.registrationId, { baseUrl: BASE }),
    ).toBeNull();
    expect(await getConvocation(pending.claire, "x".repeat(500), { baseUrl: BASE })).toBeNull();
  });
});

describe("attestation de formation", () => {
  it("is issued once under one number, even to concurrent first downloads", async () => {
    const { claire, registrationId } = await claireRegistration("06230008");
    const prisma = await db();
    expect(await prisma.issuedDocument.count({ where: { registrationId } })).toBe(0);

    const results = await Promise.all(
      Array.from({ length: 6 }, () => getCertificate(claire, registrationId, { baseUrl: BASE })),
    );
    const numbers = new Set(results.map((r) => r?.number));
    expect(numbers.size).toBe(1);
    const [number] = [...numbers];
    expect(number).toMatch(/^ATT-[0-9A-HJKMNP-TV-Z]{12}$/);
    const rows = await prisma.issuedDocument.findMany({ where: { registrationId } });
    expect(rows.map((r) => r.number)).toEqual([number]);
    // The issuance is recorded once, by the download that created it.
    expect(
      await prisma.auditLog.count({
        where: {
          action: "certificate.issued",
          entityType: "IssuedDocument",
          entityId: rows[0]!.id,
        },
      }),
    ).toBe(1);

    const again = await getCertificate(claire, registrationId, { baseUrl: BASE });
    expect(again?.number).toBe(number);
    expect(again?.verificationUrl).toBe(`${BASE}/verification/${number}`);
  });

  it("states the L6353-1 items: objectives, nature, duration, dates, assessment result, organization and signatory", async () => {
    const { claire, registrationId, sessionId } = await claireRegistration("06230008");
    const prisma = await db();
    const session = await prisma.trainingSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: {
        organization: { select: { legalName: true, signatoryName: true, signatoryTitle: true } },
        course: { select: { title: true, objectives: true } },
        slots: { select: { date: true } },
        questionnaires: { where: { kind: "VALIDATION" }, select: { id: true } },
      },
    });
    // The programme planned a validation test: its result goes on the certificate.
    await prisma.questionnaireResponse.upsert({
      where: {
        questionnaireId_registrationId: {
          questionnaireId: session.questionnaires[0]!.id,
          registrationId,
        },
      },
      create: {
        questionnaireId: session.questionnaires[0]!.id,
        registrationId,
        status: "SUBMITTED",
        score: 2,
        maxScore: 3,
        submittedAt: new Date(),
      },
      update: { status: "SUBMITTED", score: 2, maxScore: 3, submittedAt: new Date() },
    });
    const data = await getCertificate(claire, registrationId, { baseUrl: BASE });
    const text = await pdfText(await renderCertificatePdf(data!));

    expect(text).toContain("ATTESTATION DE FORMATION");
    expect(text).toContain(data!.number);
    expect(text).toContain("Claire Martin");
    expect(text).toContain(session.course.title);
    expect(text).toContain("06230008");
    for (const objective of session.course.objectives.split("\n"))
      expect(text).toContain(objective.replace(/^- /, ""));
    expect(text).toContain(
      "Nature de l'action : Action de formation (article L6313-1 du Code du travail)",
    );
    expect(text).toContain("Durée : 3h00 (0,5 jour)");
    for (const slot of session.slots) expect(text).toContain(formatCalendarDay(slot.date));
    expect(text).toContain("Test de validation des acquis : 2/3 (67 %)");
    expect(text).toContain(session.organization.legalName);
    expect(text).toContain(session.organization.signatoryName);
    expect(text).toContain(session.organization.signatoryTitle);
    // The address under the QR code, on several lines.
    expect(text.replace(/ /g, "")).toContain(`${BASE}/verification/${data!.number}`);
  });

  it("keeps the seeded number of an e-learning certificate and states the units completed (D6353-4)", async () => {
    const prisma = await db();
    const claire = await participantViewerFor("participant@demo.test");
    const seeded = await prisma.issuedDocument.findFirstOrThrow({
      where: {
        kind: "CERTIFICATE",
        registration: {
          participantId: claire.participantId,
          session: { certificateRule: "ELEARNING_COMPLETED" },
        },
      },
      select: { number: true, registrationId: true },
    });
    const data = await getCertificate(claire, seeded.registrationId, { baseUrl: BASE });
    expect(data?.number).toBe(seeded.number);
    expect(data?.elearning?.completedUnits).toBe(data?.elearning?.totalUnits);
    const text = await pdfText(await renderCertificatePdf(data!));
    expect(text).toMatch(/Module e-learning : (\d+) unités sur \1 terminées/);
    expect(text).toMatch(/Dates? : du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}/);
    expect(text).toContain("Modalité : E-learning");
  });

  it("is not available before its rule holds: null for the route, the reason on the details page", async () => {
    const { claire, registrationId } = await claireRegistration("20230119");
    expect(await getCertificate(claire, registrationId, { baseUrl: BASE })).toBeNull();
    const details = await getSessionDetails(claire, registrationId);
    expect(details?.documents).toEqual({
      convocation: true,
      certificate: {
        available: false,
        reason: expect.stringMatching(/^Disponible après la session/),
      },
    });
  });

  it("waits for the validation test when the session's rule asks for it", async () => {
    const prisma = await db();
    const claire = await participantViewerFor("participant@demo.test");
    // An ended session of Claire's without a certificate yet, switched to the validation rule.
    const row = await prisma.registration.findFirstOrThrow({
      where: {
        participantId: claire.participantId,
        status: "CONFIRMED",
        documents: { none: {} },
        responses: { none: { questionnaire: { kind: "VALIDATION" } } },
        session: { endsAt: { lt: new Date() }, modality: { not: "ELEARNING" } },
      },
      select: { id: true, sessionId: true },
    });
    await prisma.trainingSession.update({
      where: { id: row.sessionId },
      data: { certificateRule: "VALIDATION_TEST_COMPLETED" },
    });
    expect(await getCertificate(claire, row.id, { baseUrl: BASE })).toBeNull();
    const details = await getSessionDetails(claire, row.id);
    expect(details?.documents.certificate).toEqual({
      available: false,
      reason: expect.stringMatching(/validation des acquis/),
    });
    expect(await prisma.issuedDocument.count({ where: { registrationId: row.id } })).toBe(0);
  });

  it("keeps the details page to the same number of queries", async () => {
    const { claire, registrationId } = await claireRegistration("06230008");
    const details = await countQueries(() => getSessionDetails(claire, registrationId));
    expect(details.result?.documents.certificate.available).toBe(true);
    expect(details.queries).toBe(1);
  });

  it("gives another participant nothing (404)", async () => {
    const { registrationId } = await claireRegistration("06230008");
    const thomas = await participantViewerFor("participant2@demo.test");
    expect(await getCertificate(thomas, registrationId, { baseUrl: BASE })).toBeNull();
  });
});

describe("public check of a certificate", () => {
  const view = (check: Awaited<ReturnType<typeof checkCertificate>>) =>
    renderToStaticMarkup(createElement(CertificateCheckView, { check }));

  it("confirms a real certificate with what it states, and nothing else", async () => {
    const prisma = await db();
    const issued = await prisma.issuedDocument.findFirstOrThrow({
      where: { kind: "CERTIFICATE", revokedAt: null },
      select: {
        number: true,
        registration: {
          select: {
            participant: {
              select: { user: { select: { firstName: true, lastName: true, email: true } } },
            },
            session: {
              select: {
                course: { select: { title: true } },
                organization: { select: { legalName: true } },
              },
            },
          },
        },
      },
    });
    const check = await checkCertificate(issued.number.toLowerCase());
    const r = issued.registration;
    expect(check).toMatchObject({
      state: "valid",
      number: issued.number,
      participantName: `${r.participant.user.firstName} ${r.participant.user.lastName}`,
      courseTitle: r.session.course.title,
      organizationName: r.session.organization.legalName,
    });
    const html = view(check);
    expect(html).toContain("Attestation authentique");
    expect(html).toContain(r.participant.user.lastName);
    expect(html).not.toContain(r.participant.user.email);
  });

  it("says a revoked certificate was revoked, without the person", async () => {
    const prisma = await db();
    const issued = await prisma.issuedDocument.findFirstOrThrow({
      where: { kind: "CERTIFICATE", revokedAt: null },
      select: {
        id: true,
        number: true,
        registration: {
          select: { participant: { select: { user: { select: { lastName: true } } } } },
        },
      },
    });
    await prisma.issuedDocument.update({
      where: { id: issued.id },
      data: { revokedAt: new Date(), revokedReason: "Erreur d'émargement" },
    });
    const check = await checkCertificate(issued.number);
    expect(check).toEqual({ state: "revoked", number: issued.number, revokedAt: expect.any(Date) });
    const html = view(check);
    expect(html).toContain("Attestation révoquée");
    expect(html).not.toContain(issued.registration.participant.user.lastName);
    expect(html).not.toContain("Erreur d&#x27;émargement");
  });

  it("does not know an unknown or malformed number, the latter without a query", async () => {
    expect(await checkCertificate("ATT-0000000000ZZ")).toEqual({ state: "unknown" });
    for (const bad of [
      "",
      "ATT-",
      "<script>alert(1)</script>",
      "x".repeat(5000),
      "ATT-0123456789AI",
    ]) {
      const { result, queries } = await countQueries(() => checkCertificate(bad));
      expect(result).toEqual({ state: "unknown" });
      expect(queries).toBe(0);
    }
    expect(view({ state: "unknown" })).toContain("Attestation introuvable");
  });
});

describe("calendar file", () => {
  async function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!));
    return calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  }

  it("has one event per slot of an upcoming session, at the same instants, with the place", async () => {
    const { claire, registrationId, sessionId } = await claireRegistration("20230050");
    const calendar = await getSessionCalendar(claire, registrationId, { baseUrl: BASE });
    const events = await parse(buildCalendar(calendar!.events, { now: new Date() }));
    const slots = await (
      await db()
    ).sessionSlot.findMany({
      where: { sessionId },
      select: { id: true, startsAt: true, endsAt: true },
      orderBy: { startsAt: "asc" },
    });
    expect(events.map((e) => e.uid)).toEqual(slots.map((s) => `${s.id}@parcours.example.fr`));
    events.forEach((event, i) => {
      expect(event.startDate.toJSDate().toISOString()).toBe(slots[i]!.startsAt.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(slots[i]!.endsAt.toISOString());
      expect(event.summary).toContain("Test Cycle 1ère année (Stage)");
      expect(event.location).toMatch(/\d{5} /);
    });
  });

  it("gives a virtual class its join link, a pending registration a tentative event", async () => {
    const safir3 = await claireRegistration("20230119");
    const [virtual] = await parse(
      buildCalendar(
        (await getSessionCalendar(safir3.claire, safir3.registrationId, { baseUrl: BASE }))!.events,
        { now: new Date() },
      ),
    );
    expect(virtual!.location).toContain("https://visio.crfc-centre-est.fr/safir3");
    const safir2 = await claireRegistration("20230117");
    const pending = await getSessionCalendar(safir2.claire, safir2.registrationId, {
      baseUrl: BASE,
    });
    expect(pending!.events.every((e) => e.status === "TENTATIVE")).toBe(true);
  });

  it("is not offered for an ended session, nor to another participant", async () => {
    const ended = await claireRegistration("06230008");
    expect(
      await getSessionCalendar(ended.claire, ended.registrationId, { baseUrl: BASE }),
    ).toBeNull();
    const cycle = await claireRegistration("20230050");
    const thomas = await participantViewerFor("participant2@demo.test");
    expect(await getSessionCalendar(thomas, cycle.registrationId, { baseUrl: BASE })).toBeNull();
    expect(await getSessionCalendar(thomas, crypto.randomUUID(), { baseUrl: BASE })).toBeNull();
  });
});
