/**
 * Shared shape of our JSON route handlers: parse the body, map domain errors to status codes with a
 * message a person can read. Every handler is a public endpoint. A database outage is a 503 with
 * Retry-After (the browser's outbox keeps trying), never a 401 or a 500.
 */
import "server-only";
import { NextResponse } from "next/server";
import { UserFacingError } from "@/lib/http/errors";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, DatabaseUnavailableError } from "@/lib/db/errors";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "@/lib/http/same-origin";

export { requireUserId } from "@/lib/auth/current-user";

const NO_STORE = { "Cache-Control": "no-store" };

/** Reads a JSON body; only application/json, so a cross-site HTML form can never post here. */
export async function readJson(request: Request, maxBytes = 256 * 1024): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new UserFacingError(415, "Send the request as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new UserFacingError(413, "The request is too large.");
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new UserFacingError(400, "The request body could not be read.");
  }
  if (text.length > maxBytes) throw new UserFacingError(413, "The request is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new UserFacingError(400, "The request body is not valid JSON.");
  }
}

export function errorResponse(error: unknown): NextResponse {
  if (isDatabaseUnavailable(error)) {
    const message = new DatabaseUnavailableError().message;
    return NextResponse.json({ error: message }, { status: 503, headers: { ...NO_STORE, "Retry-After": String(RETRY_AFTER_SECONDS) } });
  }
  if (error instanceof UserFacingError) return NextResponse.json({ error: error.message }, { status: error.status, headers: NO_STORE });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Your change was not saved; it will be retried." }, { status: 500, headers: NO_STORE });
}

export async function jsonHandler(run: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await run(), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * jsonHandler for the routes that proxy.ts skips (SELF_CHECKED_ROUTES there): the proxy's cross-site
 * rule first, with the proxy's answer, before the session is even read.
 */
export async function sameOriginJsonHandler(request: Request, run: () => Promise<unknown>): Promise<NextResponse> {
  if (isCrossSiteWrite(request)) return NextResponse.json({ error: CROSS_SITE_MESSAGE }, { status: 403, headers: NO_STORE });
  return jsonHandler(run);
}
