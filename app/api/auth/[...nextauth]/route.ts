import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth-js";
import { serverEnv } from "@/lib/env";
import { errorResponse, jsonHandler } from "@/lib/http/handler";
import { currentSessionForBrowser } from "@/lib/auth/current-user";
import { mayMailSignInLink } from "@/lib/auth/sign-in-limit";

/**
 * Auth.js's endpoints, with two of ours in front:
 * - GET /api/auth/session answers from our own gate: only email and name (never the session token or
 *   the user row), and a 503 rather than "signed out" when the database is down.
 * - POST /api/auth/signin/nodemailer is rate-limited like the sign-in form, before any token is made;
 *   a request without a usable address (form or JSON) is never passed on.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session") return jsonHandler(currentSessionForBrowser);
  return handlers.GET(request);
}

/** The address a sign-in request asks for, read the way Auth.js reads it (a form, or JSON). */
async function requestedEmail(request: NextRequest): Promise<string | null> {
  const type = request.headers.get("content-type") ?? "";
  const body: unknown = type.includes("application/json")
    ? await request
        .clone()
        .json()
        .catch(() => null)
    : Object.fromEntries(
        (
          await request
            .clone()
            .formData()
            .catch(() => new FormData())
        ).entries(),
      );
  const email = body && typeof body === "object" ? (body as Record<string, unknown>).email : undefined;
  return typeof email === "string" && email.trim().length > 0 && email.length <= 254 ? email : null;
}

/** Over the limit, or not a request we would mail: the very redirect Auth.js gives after sending, so nothing tells them apart. */
function neutralAnswer() {
  return NextResponse.redirect(new URL("/api/auth/verify-request?provider=nodemailer&type=email", serverEnv().SITE_URL), 302);
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/signin/nodemailer") {
    try {
      const email = await requestedEmail(request);
      if (!email || !(await mayMailSignInLink(email, request.headers))) return neutralAnswer();
    } catch (error) {
      return errorResponse(error);
    }
  }
  return handlers.POST(request);
}
