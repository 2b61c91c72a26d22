import { NextResponse } from "next/server";
import { uploadResponse } from "@/lib/internships/upload-response";

type Context = { params: Promise<{ year: string }> };

/** The annual activity sheet, signed, uploaded as PDF or Word on the draft. */
export async function POST(request: Request, { params }: Context) {
  const { year } = await params;
  if (!/^[1-3]$/.test(year)) return NextResponse.json({ ok: false }, { status: 404 });
  return uploadResponse(request, "ACTIVITY_SHEET", Number(year));
}
