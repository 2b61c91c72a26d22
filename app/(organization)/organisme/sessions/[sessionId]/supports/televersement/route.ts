import { NextResponse } from "next/server";
import { parseInput } from "@/lib/actions/parse-input";
import { getViewer } from "@/lib/auth/viewer";
import { isSameOrigin } from "@/lib/http/same-origin";
import { MAX_MATERIAL_BYTES } from "@/lib/organizations/file-type";
import { addMaterialVersion, publishMaterial } from "@/lib/organizations/materials";
import { materialSchema, materialVersionSchema } from "@/lib/organizations/schemas";

type Context = { params: Promise<{ sessionId: string }> };

/*
 * Uploads go through a route handler rather than a server action: server
 * actions cap request bodies at 1 MB by default, and materials may weigh 20 MB.
 * Same contract as the action door: French messages, 404 for what is not ours.
 */
export async function POST(request: Request, { params }: Context) {
  const viewer = await getViewer();
  if (!viewer || !isSameOrigin(request)) return NextResponse.json({ ok: false }, { status: 404 });
  const { sessionId } = await params;
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
    result = await addMaterialVersion(viewer, parsed.data, upload);
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
    result = await publishMaterial(viewer, parsed.data, upload);
  }
  if (!result) return NextResponse.json({ ok: false }, { status: 404 });
  if (!result.ok) return NextResponse.json(result, { status: 400 });
  return NextResponse.json({ ok: true, message: `Support publié (version ${result.version}).` });
}
