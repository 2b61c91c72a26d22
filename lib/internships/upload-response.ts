import "server-only";
import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { isSameOrigin } from "@/lib/http/same-origin";
import { attachReportFile, MAX_REPORT_FILE_BYTES } from "./uploads";

/*
 * Uploads go through route handlers rather than server actions: server
 * actions cap request bodies at 1 MB, a report may weigh 10 MB. Same contract
 * as the action door: French messages, 404 for what is not the caller's.
 */
export async function uploadResponse(
  request: Request,
  kind: "REPORT" | "ACTIVITY_SHEET",
  sequence: number,
): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || !isSameOrigin(request)) return NextResponse.json({ ok: false }, { status: 404 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_REPORT_FILE_BYTES + 64 * 1024) {
    return NextResponse.json(
      { ok: false, message: "Le fichier dépasse la taille maximale de 10 Mo." },
      { status: 413 },
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, message: "Envoi illisible." }, { status: 400 });
  }
  const file = form.get("file");
  const upload =
    file instanceof File
      ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      : { name: "", bytes: new Uint8Array() };
  const result = await attachReportFile(viewer, { kind, sequence }, upload);
  if (!result) return NextResponse.json({ ok: false }, { status: 404 });
  if (!result.ok) return NextResponse.json(result, { status: 400 });
  return NextResponse.json({
    ok: true,
    message: `Fichier « ${result.fileName} » joint au brouillon : transmettez-le quand il est prêt.`,
  });
}
