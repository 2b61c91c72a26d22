import "server-only";
import { NextResponse } from "next/server";
import { parseInput } from "@/lib/actions/parse-input";
import { getViewer } from "@/lib/auth/viewer";
import { notFoundResponse } from "@/lib/http/file-response";
import { storedFileResponse } from "@/lib/storage/file-download";
import { MAX_MATERIAL_BYTES } from "./file-type";
import {
  addMaterialVersion,
  getStaffMaterialFile,
  publishMaterial,
  type MaterialEditor,
} from "./materials";
import { materialSchema, materialVersionSchema } from "./schemas";

/*
 * The two route handlers of a session's "Supports", for the Organisme space and
 * the Espace formateur alike (`as` says whose sessions the viewer reaches).
 * Uploads go through a route handler rather than a server action: server
 * actions cap request bodies at 1 MB by default, and materials may weigh 20 MB.
 * Same contract as the action door: French messages, 404 for what is not ours.
 */
export async function uploadMaterialResponse(
  request: Request,
  sessionId: string,
  as: MaterialEditor,
): Promise<Response> {
  const viewer = await getViewer();
  // The route has checked the origin (tests/unit/state-changing-routes.test.ts).
  if (!viewer) return NextResponse.json({ ok: false }, { status: 404 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_MATERIAL_BYTES + 64 * 1024) {
    return NextResponse.json(
      { ok: false, message: "Le fichier dépasse la taille maximale de 20 Mo." },
      { status: 413 },
    );
  }
  const form = await request.formData();
  const file = form.get("file");
  const upload =
    file instanceof File
      ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      : { name: "", bytes: new Uint8Array() };
  const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  const materialId = typeof fields.materialId === "string" ? fields.materialId : "";
  let result;
  if (materialId) {
    const parsed = parseInput(materialVersionSchema, { sessionId, materialId });
    if (!parsed.success) return NextResponse.json({ ok: false }, { status: 404 });
    result = await addMaterialVersion(viewer, parsed.data, upload, { as });
  } else {
    const parsed = parseInput(materialSchema, { ...fields, sessionId });
    if (!parsed.success) {
      return NextResponse.json(
        {
          ok: false,
          message: parsed.error.issues[0]?.message ?? "Certaines informations sont invalides.",
        },
        { status: 400 },
      );
    }
    result = await publishMaterial(viewer, parsed.data, upload, { as });
  }
  if (!result) return NextResponse.json({ ok: false }, { status: 404 });
  if (!result.ok) return NextResponse.json(result, { status: 400 });
  return NextResponse.json({ ok: true, message: `Support publié (version ${result.version}).` });
}

/** The current version of a material; 404 to anyone outside the session's staff or trainers. */
export async function materialFileResponse(
  sessionId: string,
  materialId: string,
  as: MaterialEditor,
): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return notFoundResponse();
  return storedFileResponse(await getStaffMaterialFile(viewer, sessionId, materialId, as));
}
