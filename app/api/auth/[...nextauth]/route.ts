import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth/auth-js";
import { serverEnv } from "@/lib/env";
import { signInErrorPath } from "@/lib/paths";
import { errorJson, errorResponse, jsonHandler } from "@/lib/http/handler";
import { currentSessionForBrowser } from "@/lib/auth/current-user";
import { mayMailSignInLink } from "@/lib/auth/sign-in-limit";
import { siteOrigin } from "@/lib/env";
import { mergePlanAtSignIn, saveLocaleAtSignIn, signedInBy } from "@/lib/auth/sign-in-plan";
import { CONFIRM_PATH, EMAIL_CALLBACK_PATH, callbackQuery, readConfirmation } from "@/lib/auth/sign-in-confirm";

/**
 * Auth.js's endpoints, with two of ours in front:
 * - GET /api/auth/session answers from our own gate: only email and name (never the session token or
 *   the user row), and a 503 rather than "signed out" when the database is down.
 * - POST /api/auth/signin/nodemailer is rate-limited like the sign-in form, before any token is made;
 *   a request without a usable address (form or JSON) is never passed on.
 * - GET (and HEAD) of the email callback never spends the token: it is sent to the confirmation page
 *   (lib/auth/sign-in-confirm.ts). Only that page's POST, from our own Origin, reaches Auth.js's callback.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session") return jsonHandler(currentSessionForBrowser, "read");
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) {
    // A link mailed before the confirmation page existed, or a scanner that rewrote it: nothing happens here.
    const confirm = new URL(CONFIRM_PATH, serverEnv().SITE_URL);
    confirm.search = request.nextUrl.search;
    return NextResponse.redirect(confirm, { status: 303, headers: { "Cache-Control": "no-store" } });
  }
  return handlers.GET(request);
}

/**
 * The confirmation page's POST, handed to Auth.js as the GET callback it verifies. Only a form sent by
 * a browser from our own page (Origin = SITE_URL): a scanner or a script that replays the link without
 * an Origin gets a 403 and the token stays unspent.
 */
async function confirmSignIn(request: NextRequest): Promise<Response> {
  if (request.headers.get("origin") !== siteOrigin()) {
    return errorJson(403, "confirm-on-page");
  }
  const form = await request.formData().catch(() => null);
  const confirmation = form ? readConfirmation(form) : null;
  if (!confirmation) return NextResponse.redirect(new URL(signInErrorPath("Verification"), serverEnv().SITE_URL), 303);
  const url = new URL(EMAIL_CALLBACK_PATH, serverEnv().SITE_URL);
  url.search = callbackQuery(confirmation).toString();
  const headers = new Headers(request.headers);
  for (const name of ["content-type", "content-length", "origin"]) headers.delete(name);
  const response = await handlers.GET(new NextRequest(url, { method: "GET", headers }));
  const userId = await signedInBy(response).catch((error: unknown) => {
    // Signed in all the same: the browser merges its plan on the next page load; mails keep their language.
    console.warn(`[auth] plan and language not saved at sign-in: ${(error as Error).message}`);
    return null;
  });
  if (!userId) return response;
  try {
    await mergePlanAtSignIn(userId, form!.get("plan"));
  } catch (error) {
    // Signed in all the same: the browser merges its plan on the next page load.
    console.warn(`[auth] plan not merged at sign-in: ${(error as Error).message}`);
  }
  try {
    await saveLocaleAtSignIn(userId, form!.get("locale"));
  } catch (error) {
    // Signed in all the same: the mails stay in the language they had (English, or the sign-in page's).
    console.warn(`[auth] language not saved at sign-in: ${(error as Error).message}`);
  }
  return response;
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
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) return confirmSignIn(request);
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
