import {
  Document,
  Font,
  Image,
  Link,
  Page,
  StyleSheet,
  Text,
  View,
  renderToBuffer,
  type DocumentProps,
} from "@react-pdf/renderer";
import { Fragment, type ReactElement, type ReactNode } from "react";
import { formatSiret, monogram, type OrganizationIdentity } from "./organization-identity";
import { pdfText } from "./pdf-text";

/**
 * What every Parcours PDF shares: A4 pages in the standard Helvetica (see
 * pdf-text.ts), the organization's header with its logo area, a footer with
 * its legal identity. Rendering setup happens once per process.
 */
const BRAND = "#184c87";
const MUTED = "#4a5360";
const RULE = "#d6e4f5";

export const styles = StyleSheet.create({
  page: {
    paddingTop: 30,
    paddingBottom: 50,
    paddingHorizontal: 44,
    fontFamily: "Helvetica",
    fontSize: 9.5,
    lineHeight: 1.3,
    color: "#1b1f24",
  },
  header: { flexDirection: "row", alignItems: "center", marginBottom: 12 },
  logo: {
    width: 54,
    height: 54,
    marginRight: 12,
    borderRadius: 6,
    backgroundColor: BRAND,
    color: "#ffffff",
    alignItems: "center",
    justifyContent: "center",
  },
  logoText: { fontFamily: "Helvetica-Bold", fontSize: 18, color: "#ffffff" },
  orgName: { fontFamily: "Helvetica-Bold", fontSize: 12, color: BRAND },
  small: { fontSize: 8.5, color: MUTED },
  title: {
    fontFamily: "Helvetica-Bold",
    fontSize: 17,
    color: BRAND,
    textAlign: "center",
    marginBottom: 7,
  },
  subtitle: { textAlign: "center", color: MUTED, marginBottom: 10 },
  h2: {
    fontFamily: "Helvetica-Bold",
    fontSize: 11,
    color: BRAND,
    marginTop: 9,
    marginBottom: 3,
    paddingBottom: 2,
    borderBottomWidth: 1,
    borderBottomColor: RULE,
  },
  bold: { fontFamily: "Helvetica-Bold" },
  muted: { color: MUTED },
  table: { borderWidth: 1, borderColor: RULE, borderRadius: 2 },
  tableHead: {
    flexDirection: "row",
    backgroundColor: "#eef4fb",
    fontFamily: "Helvetica-Bold",
    fontSize: 9,
  },
  tableRow: { flexDirection: "row", borderTopWidth: 1, borderTopColor: RULE, fontSize: 9 },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  box: { borderWidth: 1, borderColor: RULE, borderRadius: 3, padding: 6, marginTop: 4 },
  footer: {
    position: "absolute",
    bottom: 22,
    left: 44,
    right: 44,
    borderTopWidth: 1,
    borderTopColor: RULE,
    paddingTop: 4,
    fontSize: 7.5,
    color: MUTED,
    textAlign: "center",
  },
});

/** Every dynamic string goes through pdfText (the standard font's encoding). */
export const t = pdfText;

/**
 * A long address (a video-conference link can run to 200 characters without a
 * space) as displayed: cut into lines the page can hold, since the layout
 * never breaks inside a word and a hyphen would corrupt the address. The link
 * itself keeps the exact address.
 */
export function displayUrl(url: string, perLine = 80): string {
  const lines: string[] = [];
  let rest = url;
  while (rest.length > perLine) {
    // Prefer to cut after a separator near the end of the line.
    const chunk = rest.slice(0, perLine);
    const cut = Math.max(...["/", "?", "&", "=", "."].map((c) => chunk.lastIndexOf(c)));
    const at = cut >= perLine * 0.6 ? cut + 1 : perLine;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  lines.push(rest);
  return t(lines.join("\n"));
}

const globalForPdf = globalThis as unknown as { __parcoursPdfReady?: boolean };

function preparePdfRendering(): void {
  if (globalForPdf.__parcoursPdfReady) return;
  // react-pdf hyphenates with English patterns: wrong for French, and slower.
  Font.registerHyphenationCallback((word) => [word]);
  globalForPdf.__parcoursPdfReady = true;
}

export async function renderPdf(document: ReactElement<DocumentProps>): Promise<Buffer> {
  preparePdfRendering();
  return renderToBuffer(document);
}

export function OrganizationHeader({ organization }: { organization: OrganizationIdentity }) {
  const contact = [organization.phone, organization.email, organization.website]
    .filter(Boolean)
    .join(" · ");
  return (
    <View style={styles.header}>
      {/* The logo area: the organization's initials until organizations can upload a logo. */}
      <View style={styles.logo}>
        <Text style={styles.logoText}>{t(monogram(organization.name))}</Text>
      </View>
      <Text style={{ flex: 1 }}>
        <Text style={styles.orgName}>{t(organization.name)}</Text>
        <Text style={styles.small}>
          {t(
            [
              organization.legalName !== organization.name ? organization.legalName : null,
              organization.addressLines.join(", "),
              contact,
            ]
              .filter(Boolean)
              .map((line) => `\n${line}`)
              .join(""),
          )}
        </Text>
      </Text>
    </View>
  );
}

export function LegalFooter({ organization }: { organization: OrganizationIdentity }) {
  const parts = [
    organization.legalName,
    `SIRET ${formatSiret(organization.siret)}`,
    organization.activityNumber
      ? `Déclaration d'activité enregistrée sous le n° ${organization.activityNumber} (cet enregistrement ne vaut pas agrément de l'État)`
      : null,
  ].filter(Boolean);
  return (
    <Text style={styles.footer} fixed>
      {t(parts.join(" · "))}
    </Text>
  );
}

/**
 * Every PDF's frame: the metadata (title, author, made by Parcours, in French)
 * and its A4 page, which flows onto as many pages as the content needs.
 * `author`: the organization for its documents, else Parcours.
 */
export function A4Pages({
  title,
  author = "Parcours",
  children,
}: {
  title: string;
  author?: string;
  children: ReactNode;
}) {
  return (
    <Document
      title={t(title)}
      author={t(author)}
      creator="Parcours"
      producer="Parcours"
      language="fr-FR"
    >
      <Page size="A4" style={styles.page}>
        {children}
      </Page>
    </Document>
  );
}

/** An organization's document: its header and legal footer around the content. */
export function A4Document({
  title,
  organization,
  children,
}: {
  title: string;
  organization: OrganizationIdentity;
  children: ReactNode;
}) {
  return (
    <A4Pages title={title} author={organization.name}>
      <OrganizationHeader organization={organization} />
      {children}
      <LegalFooter organization={organization} />
    </A4Pages>
  );
}

export function Heading({ children }: { children: string }) {
  return <Text style={styles.h2}>{t(children)}</Text>;
}

/** One "Label : value" line. */
export function Field({ label, children }: { label: string; children: string }) {
  return (
    <Text style={{ marginBottom: 1.5 }}>
      <Text style={styles.bold}>{t(label)} </Text>
      {t(children)}
    </Text>
  );
}

type FieldItem = readonly [label: string, value: string | null | undefined];

/**
 * "Label : value" lines as a single text: one layout pass for the whole list
 * instead of one per line, which is what react-pdf's time goes into (see
 * bench/pdf.ts). Items without a value are left out.
 */
export function Fields({ items }: { items: readonly FieldItem[] }) {
  const shown = items.filter((item): item is readonly [string, string] => Boolean(item[1]));
  return (
    <Text>
      {shown.map(([label, value], i) => (
        <Fragment key={label}>
          <Text style={styles.bold}>{t(label)} </Text>
          {i < shown.length - 1 ? `${t(value)}\n` : t(value)}
        </Fragment>
      ))}
    </Text>
  );
}

/** A bulleted list as one paragraph per line of a single text. */
export function Bullets({ items }: { items: readonly string[] }) {
  return <Text>{items.map((item) => `•  ${t(item)}`).join("\n")}</Text>;
}

/**
 * The box of a public check under an attestation: the QR code of the check's
 * address, then the address with the number on its own line.
 */
export function VerificationBox({
  url,
  number,
  qrCode,
  width,
}: {
  url: string;
  number: string;
  /** The QR code as a PNG data URL (lib/documents/qr-code). */
  qrCode: string;
  width: number;
}) {
  return (
    <View style={[styles.box, { width, flexDirection: "row", marginTop: 0 }]}>
      {/* react-pdf's Image takes no alt text: the words beside it say what the code opens. */}
      {/* eslint-disable-next-line jsx-a11y/alt-text */}
      <Image src={qrCode} style={{ width: 72, height: 72 }} />
      <View style={{ flex: 1, paddingLeft: 8 }}>
        <Text style={[styles.small, styles.bold]}>Vérifier cette attestation</Text>
        <Text style={styles.small}>{"Scannez le code QR ou ouvrez l'adresse\u00a0:"}</Text>
        <Link src={url} style={styles.small}>
          {`${displayUrl(url.slice(0, -number.length), 36)}\n${number}`}
        </Link>
      </View>
    </View>
  );
}
