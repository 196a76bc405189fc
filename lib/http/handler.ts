/**
 * Shared shape of our JSON route handlers: parse the body, map domain errors to status codes with a
 * message a person can read, in their language: {error, code}, the code stable (lib/http/error-codes.ts),
 * the sentence from the `apiErrors` catalogue in the page's language (X-Page-Locale, else the
 * NEXT_LOCALE cookie, else English: lib/i18n/request-locale.ts). Every handler is a public endpoint.
 * A database outage is a 503 with Retry-After (the browser's outbox keeps trying), never a 401 or a 500.
 */
import "server-only";
import { NextResponse } from "next/server";
import { cookies, headers } from "next/headers";
import { UserFacingError } from "@/lib/http/errors";
import type { ErrorCode, ErrorValues } from "@/lib/http/error-codes";
import { isDatabaseBusy, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/errors";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { answerLocale, PAGE_LOCALE_HEADER } from "@/lib/i18n/request-locale";
import { LOCALE_COOKIE } from "@/lib/i18n/choice";
import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";

export { requireUserId } from "@/lib/auth/current-user";

const NO_STORE = { "Cache-Control": "no-store" };

/** Reads a JSON body; only application/json, so a cross-site HTML form can never post here. */
export async function readJson(request: Request, maxBytes = 256 * 1024): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new UserFacingError(415, "Send the request as application/json.", "json-only");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new UserFacingError(413, "The request is too large.", "too-large");
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new UserFacingError(400, "The request body could not be read.", "unreadable-body");
  }
  if (text.length > maxBytes) throw new UserFacingError(413, "The request is too large.", "too-large");
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError(400, "The request body is not valid JSON.", "invalid-json");
  }
}

/** The language this request is answered in: only a known language code is read from a header or cookie. */
async function answerLanguage(): Promise<Locale> {
  try {
    return answerLocale((await headers()).get(PAGE_LOCALE_HEADER), (await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    // Outside a request (a test calling a handler directly): English.
    return answerLocale(null, null);
  }
}

/** The sentence for an error code in `locale` (apiErrors); outages and server errors say whether anything was saved. */
export function apiErrorText(locale: Locale, code: ErrorCode, values: ErrorValues = {}, operation: "read" | "write" = "write"): string {
  const t = translator(locale, "apiErrors");
  const mode = operation === "read" ? "Read" : "Write";
  if (code === "unavailable") return t(`unavailable${mode}`);
  if (code === "busy") return t(`busy${mode}`);
  if (code === "server-error") return t(`serverError${mode}`);
  if (code === "unknown-guide") return t(code, { guide: String(values.guide ?? "") });
  if (code === "unknown-step") return t(code, { guide: String(values.guide ?? ""), step: String(values.step ?? "") });
  if (code === "invalid-input") return t(code, { detail: String(values.detail ?? "") });
  if (code === "report-not-open") return t(code, { status: String(values.status ?? "") });
  return t(code);
}

/** {error, code} with `status`, the sentence in the request's language. */
export async function errorJson(status: number, code: ErrorCode, values: ErrorValues = {}, operation: "read" | "write" = "write", extra: HeadersInit = {}): Promise<NextResponse> {
  const error = apiErrorText(await answerLanguage(), code, values, operation);
  return NextResponse.json({ error, code }, { status, headers: { ...NO_STORE, ...extra } });
}

/** `operation`: a read (GET) never talks about saving. */
export async function errorResponse(error: unknown, operation: "read" | "write" = "write"): Promise<NextResponse> {
  if (isDatabaseUnavailable(error)) return errorJson(503, isDatabaseBusy(error) ? "busy" : "unavailable", {}, operation, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  if (error instanceof UserFacingError) return errorJson(error.status, error.code, error.values, operation);
  console.error(error);
  return errorJson(500, "server-error", {}, operation);
}

export async function jsonHandler(run: () => Promise<unknown>, operation: "read" | "write" = "write"): Promise<NextResponse> {
  try {
    return NextResponse.json(await run(), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, operation);
  }
}

/**
 * jsonHandler for the routes that proxy.ts skips (SELF_CHECKED_ROUTES there): the proxy's cross-site
 * rule first, with the proxy's answer, before the session is even read.
 */
export async function sameOriginJsonHandler(request: Request, run: () => Promise<unknown>): Promise<NextResponse> {
  if (isCrossSiteWrite(request)) return errorJson(403, "cross-site");
  return jsonHandler(run);
}
