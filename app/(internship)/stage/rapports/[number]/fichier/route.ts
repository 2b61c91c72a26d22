import { NextResponse } from "next/server";
import { uploadResponse } from "@/lib/internships/upload-response";

type Context = { params: Promise<{ number: string }> };

/** A report uploaded as PDF or Word on the draft (lib/internships/upload-response). */
export async function POST(request: Request, { params }: Context) {
  const { number } = await params;
  if (!/^[1-4]$/.test(number)) return NextResponse.json({ ok: false }, { status: 404 });
  return uploadResponse(request, "REPORT", Number(number));
}
