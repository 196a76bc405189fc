import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { serverEnv } from "@/lib/env";
import { jsonHandler } from "@/lib/api";
import { currentSessionForBrowser } from "@/lib/current-user";
import { mayMailSignInLink } from "@/lib/sign-in-limit";

/**
 * Auth.js's endpoints, with two of ours in front:
 * - GET /api/auth/session answers from our own gate: only email and name (never the session token or
 *   the user row), and a 503 rather than "signed out" when the database is down.
 * - POST /api/auth/signin/nodemailer is rate-limited like the sign-in form, before any token is made.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session") return jsonHandler(currentSessionForBrowser);
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/signin/nodemailer") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && email.length > 0 && email.length <= 254) {
      // Over the limit: the very redirect Auth.js gives after sending, so nothing tells the two apart.
      if (!(await mayMailSignInLink(email, request.headers))) {
        return NextResponse.redirect(new URL("/api/auth/verify-request?provider=nodemailer&type=email", serverEnv().SITE_URL), 302);
      }
    }
  }
  return handlers.POST(request);
}
