import { UNSUBSCRIBE_DONE_PATH, localePath } from "@/lib/paths";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { unsubscribe } from "@/lib/jobs/reminders";
import { errorJson, errorResponse } from "@/lib/http/handler";

/**
 * POST /api/unsubscribe: the button on /unsubscribe (a form with the token), or a mail client's
 * one-click request (RFC 8058: body "List-Unsubscribe=One-Click", token in the query). No sign-in:
 * the signed, expiring token is the authorization. GET does nothing: scanners follow links.
 */
export async function POST(request: Request) {
  try {
    const form = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") ? await request.formData().catch(() => null) : null;
    const fromForm = form?.get("token");
    const token = typeof fromForm === "string" ? fromForm : (new URL(request.url).searchParams.get("token") ?? "");
    const ok = token.length > 0 && token.length < 200 && (await unsubscribe(db(), serverEnv().AUTH_SECRET, token));
    if (form?.get("List-Unsubscribe") === "One-Click" || !form) {
      return ok ? NextResponse.json({ unsubscribed: true }) : errorJson(400, "unsubscribe-invalid");
    }
    const asked = form.get("locale");
    const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
    return NextResponse.redirect(new URL(localePath(locale, ok ? UNSUBSCRIBE_DONE_PATH : `${UNSUBSCRIBE_DONE_PATH}?invalid=1`), serverEnv().SITE_URL), 303);
  } catch (error) {
    return errorResponse(error);
  }
}
