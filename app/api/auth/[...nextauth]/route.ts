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

/** The codes next-auth and lib/auth/sign-in-guard give ("CredentialsSignin", "code:60"). */
const ERROR_CODE = /^[\w:.-]{0,100}$/;

/*
 * Two GETs that next-auth answers with a 500: a callback (credentials sign in
 * by POST only) and an error page whose code it copies unescaped into its
 * redirect (a control or non-Latin character there breaks the header).
 */
async function get(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback") {
    return new Response("Méthode non autorisée", { status: 405, headers: { Allow: "POST" } });
  }
  const code = request.nextUrl.searchParams.get("error") ?? nextauth[1] ?? "";
  if (nextauth[0] === "error" && !ERROR_CODE.test(code)) {
    return new Response("Code d'erreur invalide", { status: 400 });
  }
  return handler(request, context);
}

export { get as GET, post as POST };
