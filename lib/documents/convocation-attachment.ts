import "server-only";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getConvocation } from "./convocation";
import { renderConvocationPdf } from "./convocation-pdf";
import { documentFileName } from "./file-name";

/**
 * The convocation as an e-mail attachment (the confirmation, the "session
 * starting" reminder). It is rendered as its participant would download it,
 * through the same authorization path (lib/documents), so both copies are
 * identical; none when the participant may not get one.
 */
export async function convocationAttachments(
  userId: string,
  registrationId: string,
  baseUrl: string,
): Promise<{ filename: string; contentType: string; content: Buffer }[]> {
  const participant = await loadViewer({ id: userId });
  const convocation = participant
    ? await getConvocation(participant, registrationId, { baseUrl })
    : null;
  if (!convocation) return [];
  const pdf = await renderConvocationPdf(convocation);
  return [
    {
      filename: documentFileName(
        ["Convocation", convocation.reference, convocation.course.title],
        "pdf",
      ),
      contentType: "application/pdf",
      content: pdf,
    },
  ];
}
