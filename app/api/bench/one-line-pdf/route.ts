import { benchProbesEnabled } from "@/lib/bench/enabled";
import { fileResponse, notFoundResponse } from "@/lib/http/file-response";
import { renderOneLinePdf } from "@/lib/bench/one-line-pdf";

export const dynamic = "force-dynamic";

/** A one-line PDF, the convocation's yardstick (npm run bench only). */
export async function GET() {
  if (!benchProbesEnabled()) return notFoundResponse();
  const pdf = await renderOneLinePdf();
  return fileResponse(new Uint8Array(pdf), {
    fileName: "bonjour.pdf",
    contentType: "application/pdf",
    size: pdf.length,
  });
}
