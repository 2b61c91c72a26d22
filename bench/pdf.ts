/**
 * How long a convocation takes to generate, against a one-line react-pdf
 * document rendered in the same process (target: at most 3x). Also the
 * certificate, QR code included. Run with `npx tsx bench/pdf.ts [iterations]`.
 *
 * The data is built here (a six-slot cursus in two places, the longest
 * convocation the demo has, on two pages; and a one-morning virtual class),
 * so the numbers measure rendering, not the database.
 */
import { performance } from "node:perf_hooks";
import type { CertificateData } from "../lib/certificates/certificate";
import type { ConvocationData } from "../lib/documents/convocation";

// React's production build, as the server runs it (the development build checks
// every element and would weigh on the many-element document only). Set before
// React loads, hence the dynamic imports.
(process.env as Record<string, string>).NODE_ENV ??= "production";
const { Document, Page, Text, renderToBuffer } = await import("@react-pdf/renderer");
const { createElement: h } = await import("react");
const { parisTime } = await import("../lib/dates/paris");
const { renderCertificatePdf } = await import("../lib/certificates/pdf");
const { renderConvocationPdf } = await import("../lib/documents/convocation-pdf");

const organization = {
  name: "CRFC Centre-Est",
  legalName: "Centre Régional de Formation Comptable Centre-Est",
  addressLines: ["18 rue de la Villette", "Immeuble Le Bonnel, 4e étage", "69003 Lyon"],
  city: "Lyon",
  phone: "04 78 62 14 30",
  email: "contact@crfc-centre-est.fr",
  website: "https://www.crfc-centre-est.fr",
  siret: "84269001200018",
  activityNumber: "84690123469",
};

const day = (d: number) => new Date(Date.UTC(2026, 4, d));
const slot = (d: number, morning: boolean, venueName: string) => ({
  date: day(d),
  halfDay: morning ? ("MORNING" as const) : ("AFTERNOON" as const),
  startsAt: parisTime(2026, 5, d, morning ? 9 : 14),
  endsAt: parisTime(2026, 5, d, morning ? 12 : 17, morning ? 30 : 0),
  durationMinutes: morning ? 210 : 180,
  title: morning ? "Cadre réglementaire de la profession et déontologie" : "Cas pratiques",
  venueName,
});

const convocation: ConvocationData = {
  registrationId: "bench",
  issuedAt: parisTime(2026, 4, 20, 10),
  organization,
  participant: { fullName: "Claire Martin", companyName: "Cabinet Delorme & Associés" },
  course: {
    title: "Test Cycle 1ère année (Stage)",
    code: "CYC-1",
    modality: "CURSUS",
    durationMinutes: 1170,
    durationDays: 3,
    prerequisites: "- Être inscrit au stage d'expertise comptable",
  },
  reference: "20230050",
  orderReference: "C20032300019",
  organizerName: "CRFC Centre-Est",
  slots: [
    slot(4, true, "CRFC Centre-Est – Espace Part-Dieu"),
    slot(4, false, "CRFC Centre-Est – Espace Part-Dieu"),
    slot(5, true, "CRFC Centre-Est – Espace Part-Dieu"),
    slot(5, false, "CRFC Centre-Est – Espace Part-Dieu"),
    slot(11, true, "Maison des Entreprises de Dijon"),
    slot(11, false, "Maison des Entreprises de Dijon"),
  ],
  venues: [
    {
      name: "CRFC Centre-Est – Espace Part-Dieu",
      lines: ["18 rue de la Villette", "Immeuble Le Bonnel, 4e étage", "69003 Lyon"],
      accessInfo:
        "Gare Part-Dieu à 5 minutes à pied (sortie Villette). Métro B, arrêt Gare Part-Dieu.",
      mapUrl: "https://www.openstreetmap.org/?mlat=45.7603&mlon=4.8606#map=17/45.7603/4.8606",
    },
    {
      name: "Maison des Entreprises de Dijon",
      lines: ["6 rue Chancelier de l'Hospital", "21000 Dijon"],
      accessInfo: "Tram T1, arrêt Auditorium. Parking visiteurs gratuit.",
      mapUrl: "https://www.openstreetmap.org/?mlat=47.3188&mlon=5.0595#map=17/47.3188/5.0595",
    },
  ],
  online: null,
  elearning: null,
  contact: {
    name: "Laurent Perrin",
    email: "formation@crfc-centre-est.fr",
    phone: "04 78 62 14 31",
  },
  disabilityContact: {
    name: "Hélène Vasseur",
    email: "handicap@crfc-centre-est.fr",
    phone: "04 78 62 14 35",
  },
};

/** The most common one: a virtual class of one morning. */
const virtualClass: ConvocationData = {
  ...convocation,
  course: {
    ...convocation.course,
    title: "FORMATION SAFIR 3",
    modality: "VIRTUAL_CLASS",
    durationMinutes: 180,
    durationDays: 0.5,
    prerequisites: null,
  },
  reference: "20230119",
  orderReference: "C20042300009",
  slots: [{ ...convocation.slots[0]!, title: "FOCUS V4", venueName: null }],
  venues: [],
  online: {
    joinUrl: "https://visio.crfc-centre-est.fr/safir3",
    portalUrl: "https://parcours.example.fr/sessions/cm0virtualclass",
  },
};

const certificate: CertificateData = {
  number: "ATT-7K3M9Q2XH4TB",
  issuedAt: parisTime(2026, 5, 12, 10),
  verificationUrl: "https://parcours.example.fr/verification/ATT-7K3M9Q2XH4TB",
  organization: {
    ...organization,
    signatoryName: "Marc Girardin",
    signatoryTitle: "Directeur",
  },
  participant: { fullName: "Claire Martin", companyName: "Cabinet Delorme & Associés" },
  course: {
    title: convocation.course.title,
    modality: "CURSUS",
    objectives: ["Connaître le cadre réglementaire", "Appliquer la déontologie", "Cas pratiques"],
    durationMinutes: 1170,
    durationDays: 3,
  },
  reference: "20230050",
  dates: "04/05/2026, 05/05/2026, 11/05/2026",
  attendance: { presentSlots: 6, totalSlots: 6, attendedMinutes: 1170 },
  elearning: null,
  assessment: { state: "taken", score: 3, maxScore: 3, passPercent: null },
};

const oneLine = () =>
  renderToBuffer(h(Document, null, h(Page, { size: "A4" }, h(Text, null, "Bonjour"))));

/**
 * CPU time of one render, in milliseconds: rendering is single-threaded work,
 * and CPU time stays meaningful on a machine busy with other jobs, where wall
 * time would mostly measure the waiting.
 */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

async function wallTime(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`.padEnd(10);

/** The convocation's characters, as a PDF reader extracts them. */
async function convocationText(): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({
    data: new Uint8Array(await renderConvocationPdf(convocation)),
    verbosity: 0,
  }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : " ") : "")).join("");
  }
  return text;
}

async function main() {
  const iterations = Number(process.argv[2] ?? 200);
  let sameText = "";
  const documents = {
    "one-line": oneLine,
    "same text": () =>
      renderToBuffer(h(Document, null, h(Page, { size: "A4" }, h(Text, null, sameText)))),
    convocation: () => renderConvocationPdf(convocation),
    "conv. virtual": () => renderConvocationPdf(virtualClass),
    certificate: () => renderCertificatePdf(certificate),
  };
  // The first render pays the process's one-time setup (modules, fonts, layout
  // engine): the one-line document first, so that it pays it, as a request would.
  const first: Record<string, number> = {};
  for (const [name, fn] of Object.entries(documents))
    if (name !== "same text") first[name] = await wallTime(fn);
  // The floor: the same characters in one plain paragraph, without the
  // convocation's structure (react-pdf's cost grows with the text it lays out).
  sameText = await convocationText();
  first["same text"] = await wallTime(documents["same text"]);
  for (let i = 0; i < 20; i++) for (const fn of Object.values(documents)) await fn();
  const cpu: Record<string, number[]> = {};
  const wall: Record<string, number[]> = {};
  // Interleaved, so that garbage collection and the machine's load weigh on all alike.
  for (let i = 0; i < iterations; i++) {
    for (const [name, fn] of Object.entries(documents)) {
      (cpu[name] ??= []).push(await time(fn));
      (wall[name] ??= []).push(await wallTime(fn));
    }
  }
  const size = (await renderConvocationPdf(convocation)).length;
  console.log(`react-pdf, Node ${process.version}, ${iterations} renders of each after warm-up`);
  console.log("document      first     CPU median  CPU p95   wall median");
  for (const name of Object.keys(documents)) {
    console.log(
      `${name.padEnd(13)} ${ms(first[name]!)}${ms(median(cpu[name]!))}  ${ms(p95(cpu[name]!))}${ms(median(wall[name]!))}`,
    );
  }
  const base = median(cpu["one-line"]!);
  const ratio = median(cpu.convocation!) / base;
  console.log(
    `convocation / one-line document (CPU median): ${ratio.toFixed(1)}x (aim: 3x); ` +
      `one-morning virtual class: ${(median(cpu["conv. virtual"]!) / base).toFixed(1)}x; ` +
      `same text without structure: ${(median(cpu["same text"]!) / base).toFixed(1)}x; ` +
      `convocation PDF ${size} bytes, ${sameText.length} characters`,
  );
}

await main();
