import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";
import { isSameOrigin } from "@/lib/http/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per process on first request (see lib/auth/options.ts).
function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, getAuthOptions());
}

/*
 * Sign-in and sign-out change state: on top of next-auth's CSRF token, only
 * this site's own pages may post them (like every state-changing handler).
 */
function post(request: NextRequest, context: Context) {
  if (!isSameOrigin(request)) return new Response("Origine refusée", { status: 403 });
  return handler(request, context);
}

export { handler as GET, post as POST };
