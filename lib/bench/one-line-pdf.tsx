import "server-only";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";

/**
 * The reference of the convocation's budget (at most 3x): the smallest
 * react-pdf document, rendered by the same server as the convocation.
 */
export function renderOneLinePdf(): Promise<Buffer> {
  return renderToBuffer(
    <Document>
      <Page size="A4">
        <Text>Bonjour</Text>
      </Page>
    </Document>,
  );
}
