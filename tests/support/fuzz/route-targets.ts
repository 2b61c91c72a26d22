import fc from "fast-check";
import { MATERIAL_PHASES } from "../../../lib/organizations/schemas";
import { anchor } from "./anchors";
import { fitUrlPart, segment, wellFormed } from "./url";
import {
  enumField,
  formatField,
  hostilePayload,
  idField,
  intField,
  isoDateField,
  safeString,
  textField,
  type Field,
  type Fields,
} from "./fields";
import { ATTACK_STRINGS, NUL, hostileKey, hostileString, oversizedString } from "./hostile";

/**
 * Every route handler (file and HTTP method), with the user it runs as (one
 * who may reach it), hostile values for its dynamic segments and, for the
 * ones that read a body, hostile bodies. `statuses` lists the answers allowed
 * to hostile input; a 5xx or a thrown error is never allowed.
 *
 * The key is "<file>#<METHOD>"; tests/integration/fuzz-coverage.test.ts fails
 * for a route handler missing here.
 */
export type RouteRequest = {
  params: Record<string, unknown>;
  body?: BodyInit;
  headers?: Record<string, string>;
};

export type RouteTarget = {
  signedInAs: string | null;
  /** Hostile requests: dynamic segments (at least one invalid) and body. */
  request: fc.Arbitrary<RouteRequest>;
  statuses: readonly number[] | "below-500";
};

const PARTICIPANT = "participant@demo.test";
const MANAGER = "manager@demo.test";
const STAFF = "organisme@demo.test";
const TRAINER = "formateur@demo.test";
const TR = "app/(trainer)/formateur";
const STAGIAIRE = "stagiaire@demo.test";

/**
 * Next hands dynamic segments over as strings decoded from UTF-8, never
 * missing nor of another type, and never holding a lone surrogate (a URL
 * cannot encode one; Next answers 400 to a malformed escape), and never
 * longer than a Node server lets through (./url): only the strings of each
 * field's values are kept, made well-formed and cut to URL_PART_BUDGET.
 */
const asSegment = (field: Field): Field => ({
  plausible: field.plausible
    .filter((v) => typeof v === "string")
    .map((v) => fitUrlPart(v as string)),
  invalid: field.invalid.filter((v) => typeof v === "string").map((v) => fitUrlPart(v as string)),
});
const segments = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, asSegment(field)]));

const onlyParams = (fields: Fields): fc.Arbitrary<RouteRequest> =>
  hostilePayload(segments(fields)).map((params) => ({ params: withoutExtras(params, fields) }));

/** The segments of the route only (the payload's extra keys are for objects, not URLs). */
const withoutExtras = (params: Record<string, unknown>, fields: Fields) =>
  Object.fromEntries(Object.keys(fields).map((name) => [name, params[name]]));

/** What a mail client posts for a one-click unsubscribe (RFC 8058), and what it should not. */
const oneClickBody: fc.Arbitrary<Pick<RouteRequest, "body" | "headers">> = fc.oneof(
  fc.constant(0).map(() => {
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    return { body: form };
  }),
  fc.constant({
    body: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  }),
  hostileString.map((text) => ({
    body: text,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  })),
  oversizedString.map((text) => ({ body: text, headers: { "content-type": "text/plain" } })),
  fc.constant({}),
);

/** A route without dynamic segments: only the query string is hostile. */
const noParams: fc.Arbitrary<RouteRequest> = fc.constant({ params: {} });

/**
 * The scheduler's routes read nothing but their Authorization header: none,
 * another scheme, wrong or oversized secrets, attack strings. fuzz-routes sets
 * CRON_SECRET, so each must answer 401 and run nothing.
 */
const headerSafe = (s: string) => /^[\x20-\x7e]*$/.test(s);
const cronRequest: fc.Arbitrary<RouteRequest> = fc
  .oneof(
    fc.constant(undefined),
    fc.constantFrom(
      "Bearer",
      "Bearer ",
      "bearer x",
      "Basic YWRtaW46YWRtaW4=",
      "Bearer  ",
      "Token x",
    ),
    fc.constantFrom(...ATTACK_STRINGS.filter(headerSafe)).map((s) => `Bearer ${s}`),
    fc.string({ unit: "grapheme-ascii", maxLength: 200 }).map((s) => `Bearer ${s}`),
    fc.constant(`Bearer ${"x".repeat(100_000)}`),
  )
  .map((authorization): RouteRequest => ({
    params: {},
    headers: authorization === undefined ? {} : { authorization },
  }));

/** Bytes no upload may accept: empty, text, HTML, a renamed executable. */
const refusedBytes = fc.constantFrom(
  new Uint8Array(),
  new TextEncoder().encode("<script>alert(1)</script>"),
  new TextEncoder().encode("=cmd|' /C calc'!A0"),
  new Uint8Array([0x4d, 0x5a, 0x90, 0x00]),
  new Uint8Array([0x25, 0x50, 0x44]),
);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const fileName = fc.oneof(
  fc.constantFrom("support.pdf", "../../../etc/passwd", `a${NUL}.pdf`, "x".repeat(10_000)),
  hostileString,
);

type UploadPart = { bytes: Uint8Array; name: string } | string | undefined;
const file = (bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<UploadPart> =>
  fc.record({ bytes, name: fileName });
const fileField: Field = {
  plausible: file(fc.constant(PDF)),
  invalid: fc.oneof(file(refusedBytes), hostileString, fc.constant(undefined)),
};

function uploadForm(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (key === "sessionId" || value === undefined) continue;
    if (key === "file" && typeof value === "object" && value !== null && "bytes" in value) {
      const part = value as { bytes: Uint8Array; name: string };
      form.append("file", new Blob([part.bytes as BlobPart]), part.name);
    } else if (typeof value === "string") {
      form.append(key, value);
    } else {
      form.append(key, safeString(value));
    }
  }
  // A failing example then prints its fields, not "[object FormData]".
  Object.defineProperty(form, fc.toStringMethod, {
    value: () =>
      `FormData(${JSON.stringify(
        [...form.entries()].map(([key, v]) => [
          key,
          typeof v === "string" ? v.slice(0, 120) : `<fichier ${v.size} octets>`,
        ]),
      )})`,
  });
  return form;
}

/**
 * A form field travels as text: a value of another type would arrive as its
 * text ("42", "true") and might be valid, so only the invalid strings (and a
 * missing field) are kept as invalid.
 */
const asFormText = (field: Field): Field => ({
  plausible: field.plausible,
  // Multipart bodies travel as UTF-8: a lone surrogate arrives as U+FFFD, which may be
  // valid text, so only the strings that survive the trip are counted as invalid.
  invalid: field.invalid.filter(
    (v) => v === undefined || (typeof v === "string" && v === wellFormed(v)),
  ),
});

/** An optional form field: left out or sent empty, it is valid (it means "not set"). */
const optionalFormText = (field: Field): Field => {
  const text = asFormText(field);
  return {
    plausible: text.plausible,
    // A blank value (spaces, a lone BOM: what String#trim removes) is "none", not an error.
    invalid: text.invalid.filter(
      (v) => v !== undefined && !(typeof v === "string" && v.trim() === ""),
    ),
  };
};

/** A new material (fields + file) or a new version (materialId + file): one part invalid for sure. */
const materialUploadRequest = (
  sessionAnchor: "staffSessionId" | "trainerSessionId",
  materialAnchor: "staffMaterialId" | "trainerMaterialId",
): fc.Arbitrary<RouteRequest> =>
  fc
    .oneof(
      hostilePayload({
        sessionId: asSegment(idField(anchor(sessionAnchor))),
        title: asFormText(textField(2, 200)),
        type: asFormText(textField(2, 100)),
        phase: asFormText(enumField(MATERIAL_PHASES)),
        availableForDays: optionalFormText(intField(1, 3650, true)),
        availableUntil: optionalFormText(isoDateField(true)),
        file: fileField,
      }),
      hostilePayload({
        sessionId: asSegment(idField(anchor(sessionAnchor))),
        materialId: asFormText(idField(anchor(materialAnchor))),
        file: fileField,
      }),
    )
    .map((fields) => ({
      params: { sessionId: fields.sessionId },
      body: uploadForm(fields),
      headers: {},
    }));
const uploadRequest = materialUploadRequest("staffSessionId", "staffMaterialId");
/** The same upload in the Espace formateur, on Marc's sessions. */
const trainerUploadRequest = materialUploadRequest("trainerSessionId", "trainerMaterialId");

/** What the sign-in form and next-auth's own pages send, with hostile values everywhere. */
const nextAuthSegments = fc
  .oneof(
    fc.constantFrom(
      ["signin"],
      ["signin", "credentials"],
      ["callback", "credentials"],
      ["session"],
      ["csrf"],
      ["providers"],
      ["signout"],
      ["error"],
    ),
    fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    fc.tuple(fc.constantFrom("signin", "callback", "error"), hostileString).map((t) => [...t]),
  )
  .filter(
    // A catch-all matches one segment at least, and Next redirects "//" and trailing
    // slashes (308) before routing: no request reaches next-auth with an empty segment.
    (segments) => segments.length > 0 && segments.every((s) => s !== ""),
  )
  .map((segments) => segments.map(fitUrlPart));
const nextAuthBody = fc
  .dictionary(
    fc.oneof(fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "json"), hostileKey),
    fc.oneof(
      hostileString,
      oversizedString,
      fc.constantFrom(
        "true",
        "https://exemple.invalid/",
        "//exemple.invalid",
        "javascript:alert(1)",
      ),
    ),
    { maxKeys: 5 },
  )
  .map((fields) => new URLSearchParams(Object.entries(fields)).toString());
const nextAuthRequest = (withBody: boolean): fc.Arbitrary<RouteRequest> =>
  fc.record({ nextauth: nextAuthSegments, body: nextAuthBody }).map(({ nextauth, body }) => ({
    params: { nextauth },
    ...(withBody ? { body, headers: { "content-type": "application/x-www-form-urlencoded" } } : {}),
  }));

const documentKinds = ["convocation", "attestation"];

/** A report uploaded by the stagiaire: the report's number and the file, one part invalid for sure. */
const reportUploadRequest: fc.Arbitrary<RouteRequest> = hostilePayload({
  number: asSegment(enumField(["1", "2", "3", "4"])),
  file: fileField,
}).map((fields) => ({ params: { number: fields.number }, body: uploadForm(fields), headers: {} }));

/** An annual activity sheet uploaded by the stagiaire: the year of the stage and the file. */
const sheetUploadRequest: fc.Arbitrary<RouteRequest> = hostilePayload({
  year: asSegment(enumField(["1", "2", "3"])),
  file: fileField,
}).map((fields) => ({ params: { year: fields.year }, body: uploadForm(fields), headers: {} }));

export const ROUTE_TARGETS: Record<string, RouteTarget> = {
  "app/(company)/entreprise/[companyId]/documents/[registrationId]/[kind]/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({
      companyId: idField(anchor("companyId")),
      registrationId: idField(anchor("companyRegistrationId")),
      kind: enumField(documentKinds),
    }),
    statuses: [404],
  },
  "app/(company)/entreprise/[companyId]/factures/[invoiceId]/pdf/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({
      companyId: idField(anchor("companyId")),
      invoiceId: idField(anchor("companyInvoiceId")),
    }),
    statuses: [404],
  },
  // The period comes from the query string (checked by lib/billing/period's unit test).
  "app/(company)/entreprise/[companyId]/factures/export/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({ companyId: idField(anchor("companyId")) }),
    statuses: [404],
  },
  "app/(company)/entreprise/[companyId]/factures/releve/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({ companyId: idField(anchor("companyId")) }),
    statuses: [404],
  },
  "app/(company)/entreprise/[companyId]/plan-de-formation/csv/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({ companyId: idField(anchor("companyId")) }),
    statuses: [404],
  },
  "app/(organization)/organisme/sessions/[sessionId]/resultats/csv/route.ts#GET": {
    signedInAs: STAFF,
    request: onlyParams({ sessionId: idField(anchor("staffSessionId")) }),
    statuses: [404],
  },
  "app/(organization)/organisme/sessions/[sessionId]/supports/[materialId]/route.ts#GET": {
    signedInAs: STAFF,
    request: onlyParams({
      sessionId: idField(anchor("staffSessionId")),
      materialId: idField(anchor("staffMaterialId")),
    }),
    statuses: [404],
  },
  "app/(organization)/organisme/sessions/[sessionId]/supports/televersement/route.ts#POST": {
    signedInAs: STAFF,
    request: uploadRequest,
    statuses: [400, 404, 413],
  },
  "app/(internship)/stage/rapports/[number]/fichier/route.ts#POST": {
    signedInAs: STAGIAIRE,
    request: reportUploadRequest,
    statuses: [400, 404, 413],
  },
  "app/(internship)/stage/fiches-activites/[year]/fichier/route.ts#POST": {
    signedInAs: STAGIAIRE,
    request: sheetUploadRequest,
    statuses: [400, 404, 413],
  },
  "app/(controller)/controle-de-stage/documents/[documentId]/versions/[versionId]/route.ts#GET": {
    signedInAs: "controleur@demo.test",
    request: onlyParams({
      documentId: idField(anchor("internshipDocumentId")),
      versionId: idField(anchor("internshipVersionId")),
    }),
    statuses: [404],
  },
  "app/(internship)/stage/documents/[documentId]/pdf/route.ts#GET": {
    signedInAs: STAGIAIRE,
    request: onlyParams({ documentId: idField(anchor("internshipDocumentId")) }),
    statuses: [404],
  },
  "app/(internship)/stage/documents/[documentId]/versions/[versionId]/route.ts#GET": {
    signedInAs: STAGIAIRE,
    request: onlyParams({
      documentId: idField(anchor("internshipDocumentId")),
      versionId: idField(anchor("internshipVersionId")),
    }),
    statuses: [404],
  },
  "app/(internship)/stage/attestation/[number]/route.ts#GET": {
    signedInAs: STAGIAIRE,
    request: onlyParams({
      number: formatField(["AFS-7KQ2M9XH4TC8"], /^AFS-[0-9A-Z]{12}$/),
    }),
    statuses: [404],
  },
  "app/(controller)/controle-de-stage/fin-de-stage/[internshipId]/synthese/route.ts#GET": {
    signedInAs: "controleur@demo.test",
    request: onlyParams({ internshipId: idField(anchor("attestedInternshipId")) }),
    statuses: [404],
  },
  "app/(controller)/controle-de-stage/fin-de-stage/[internshipId]/attestation/route.ts#GET": {
    signedInAs: "controleur@demo.test",
    request: onlyParams({ internshipId: idField(anchor("attestedInternshipId")) }),
    statuses: [404],
  },
  "app/(supervisor)/maitre-de-stage/documents/[documentId]/pdf/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({ documentId: idField(anchor("internshipDocumentId")) }),
    statuses: [404],
  },
  "app/(supervisor)/maitre-de-stage/documents/[documentId]/versions/[versionId]/route.ts#GET": {
    signedInAs: MANAGER,
    request: onlyParams({
      documentId: idField(anchor("internshipDocumentId")),
      versionId: idField(anchor("internshipVersionId")),
    }),
    statuses: [404],
  },
  "app/(participant)/factures/[invoiceId]/pdf/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({ invoiceId: idField(anchor("invoiceId")) }),
    statuses: [404],
  },
  // No input but the query string, which it ignores: the participant's own data (JSON).
  "app/(participant)/mes-donnees/export/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: noParams,
    statuses: [200],
  },
  // No input but the query string, which it ignores: the participant's own CSV.
  "app/(participant)/parcours/export/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: noParams,
    statuses: [200],
  },
  "app/(participant)/sessions/[registrationId]/agenda/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({ registrationId: idField(anchor("registrationId")) }),
    statuses: [404],
  },
  "app/(participant)/sessions/[registrationId]/attestation/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({ registrationId: idField(anchor("registrationId")) }),
    statuses: [404],
  },
  "app/(participant)/sessions/[registrationId]/convocation/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({ registrationId: idField(anchor("registrationId")) }),
    statuses: [404],
  },
  "app/(participant)/sessions/[registrationId]/module/fichier/[unitId]/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({
      registrationId: idField(anchor("registrationId")),
      unitId: idField(anchor("unitId")),
    }),
    statuses: [404],
  },
  "app/(participant)/sessions/[registrationId]/rejoindre/route.ts#POST": {
    signedInAs: PARTICIPANT,
    request: onlyParams({ registrationId: idField(anchor("registrationId")) }),
    statuses: [404],
  },
  "app/(participant)/sessions/[registrationId]/supports/[materialId]/route.ts#GET": {
    signedInAs: PARTICIPANT,
    request: onlyParams({
      registrationId: idField(anchor("registrationId")),
      materialId: idField(anchor("materialId")),
    }),
    statuses: [404],
  },
  [`${TR}/sessions/[sessionId]/agenda/route.ts#GET`]: {
    signedInAs: TRAINER,
    request: onlyParams({ sessionId: idField(anchor("trainerSessionId")) }),
    statuses: [404],
  },
  [`${TR}/sessions/[sessionId]/feuille-emargement/route.ts#GET`]: {
    signedInAs: TRAINER,
    request: onlyParams({ sessionId: idField(anchor("trainerSessionId")) }),
    statuses: [404],
  },
  [`${TR}/sessions/[sessionId]/code/[slotId]/route.ts#GET`]: {
    signedInAs: TRAINER,
    request: onlyParams({
      sessionId: idField(anchor("trainerSessionId")),
      slotId: idField(anchor("trainerSlotId")),
    }),
    statuses: [404],
  },
  [`${TR}/sessions/[sessionId]/supports/[materialId]/route.ts#GET`]: {
    signedInAs: TRAINER,
    request: onlyParams({
      sessionId: idField(anchor("trainerSessionId")),
      materialId: idField(anchor("trainerMaterialId")),
    }),
    statuses: [404],
  },
  [`${TR}/sessions/[sessionId]/supports/televersement/route.ts#POST`]: {
    signedInAs: TRAINER,
    request: trainerUploadRequest,
    statuses: [400, 404, 413],
  },
  // The feed's token is the key: anything but a live token is a 404, signed in or not.
  [`${TR}/agenda/[token]/route.ts#GET`]: {
    signedInAs: null,
    request: onlyParams({ token: textField(43, 43) }),
    statuses: [404],
  },
  "app/(organization)/organisme/sessions/[sessionId]/feuille-emargement/route.ts#GET": {
    signedInAs: STAFF,
    request: onlyParams({ sessionId: idField(anchor("staffSessionId")) }),
    statuses: [404],
  },
  // next-auth's own handler: redirects, JSON and error pages, never a 5xx nor a session.
  "app/api/auth/[...nextauth]/route.ts#GET": {
    signedInAs: null,
    request: nextAuthRequest(false),
    statuses: "below-500",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    signedInAs: null,
    request: nextAuthRequest(true),
    statuses: "below-500",
  },
  // Unsubscribe links: no sign-in, a token no fuzzer can sign; GET only redirects to the page.
  "app/api/desinscription/[token]/route.ts#GET": {
    signedInAs: null,
    request: onlyParams({ token: textField(1, 2_000) }),
    statuses: [303],
  },
  "app/api/desinscription/[token]/route.ts#POST": {
    signedInAs: null,
    request: fc
      .tuple(onlyParams({ token: textField(1, 2_000) }), oneClickBody)
      .map(([request, body]) => ({ ...request, ...body })),
    statuses: [303, 400],
  },
  // Benchmark probes: 404 unless the server runs `npm run bench`.
  "app/api/bench/one-line-pdf/route.ts#GET": {
    signedInAs: null,
    request: noParams,
    statuses: [404],
  },
  "app/api/bench/queries/route.ts#GET": { signedInAs: null, request: noParams, statuses: [404] },
  "app/api/health/route.ts#GET": { signedInAs: null, request: noParams, statuses: [200] },
  "app/api/cron/mail/route.ts#GET": { signedInAs: null, request: cronRequest, statuses: [401] },
  "app/api/cron/notices/route.ts#GET": { signedInAs: null, request: cronRequest, statuses: [401] },
  "app/api/cron/retention/route.ts#GET": {
    signedInAs: null,
    request: cronRequest,
    statuses: [401],
  },
};

/**
 * Hostile query strings, appended to every route's URL ("%00" and the like stay
 * raw escapes), each key and value within URL_PART_BUDGET.
 */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        hostileKey,
        fc.constantFrom("q", "id", "__proto__[polluted]", "constructor[prototype][x]"),
      ),
      fc.oneof(fc.constantFrom(...ATTACK_STRINGS), hostileString),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => {
    const query = pairs
      .map(([k, v]) => `${segment(fitUrlPart(k))}=${segment(fitUrlPart(v)).replace(/%25/g, "%")}`)
      .join("&");
    return query ? `?${query}` : "";
  });
