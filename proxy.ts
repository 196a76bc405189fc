/**
 * Runs only for requests that carry an Origin or a Next-Action header (writes from browsers, server
 * actions), paths with a "%", and /guides with an old query string, so static pages cost nothing here.
 * - A state-changing request whose Origin is not our own (SITE_URL) is refused: cookies alone must
 *   never authorize a write from another site, whatever CORS would have done (lib/http/same-origin.ts).
 *   The tick routes (SELF_CHECKED_ROUTES) skip the proxy and apply the same rule in their handler
 *   (lib/http/handler.ts sameOriginJsonHandler): running the proxy costs a POST about 0.7 ms of server CPU,
 *   as much as the rest of a tick (`npm run bench`, the proxy.ts rows).
 * - Server action requests get a 4xx instead of an error deep inside the framework when their body is
 *   over the 1 MB limit, is not an envelope React can decode, or their Host is not our own. Plain form
 *   posts (multipart or urlencoded: the no-JavaScript path of every form, which Next also runs as a
 *   server action) get the same 400 for a foreign Host and 413 over 1 MB, with or without an Origin.
 * - An old `/guides?q=…` link (the list is static now) is sent to `/guides/search?q=…` (lib/http/legacy-urls.ts),
 *   so it still works without JavaScript; on SITE_URL, never on the request's Host.
 * - A path with broken percent-encoding (/guides/%ZZ) gets a 400 here; the router would throw a
 *   URIError and answer 500. Only paths that contain "%" come here for this.
 */
import { NextResponse, type NextRequest } from "next/server";
import { siteHost, siteUrl } from "@/lib/env";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite, isSafeMethod } from "@/lib/http/same-origin";
import { legacyRedirect } from "@/lib/http/legacy-urls";

export const ACTION_BODY_LIMIT = 1024 * 1024;

function refuse(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

function hasBrokenEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Strings React's encodeReply writes for the arguments our actions take; any other "$…" is a reference that can fail to resolve. */
const SAFE_TAG = /^\$(?:\$.*|undefined|K[0-9a-f]{1,8}|T|D.*|n-?\d+|NaN|Infinity|-Infinity|-0)$/s;

function wellFormed(value: unknown, depth: number): boolean {
  if (depth > 16) return false;
  if (typeof value === "string") return !value.startsWith("$") || SAFE_TAG.test(value);
  if (Array.isArray(value)) return value.every((v) => wellFormed(v, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => wellFormed(v, depth + 1));
  return true;
}

/** Whether a server-action body is an envelope React can decode (else React throws and Next answers 500). */
async function readableActionBody(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  let root: string;
  if (type.startsWith("multipart/form-data")) {
    const form = await request.clone().formData().catch(() => null);
    const zero = form?.get("0");
    if (typeof zero !== "string") return false;
    root = zero;
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    return true; // Next answers these itself (a 404), without running anything
  } else {
    root = await request.clone().text(); // Next decodes any other body as the JSON envelope
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(root);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && wellFormed(parsed, 0);
}

/** A body an HTML form sends (any case: the type is case-insensitive). */
function isFormPost(request: NextRequest): boolean {
  return /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(request.headers.get("content-type") ?? "");
}

export async function proxy(request: NextRequest) {
  if (hasBrokenEncoding(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address has broken percent-encoding.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const moved = legacyRedirect(request.nextUrl.pathname, request.nextUrl.search);
  if (moved && isSafeMethod(request.method)) return NextResponse.redirect(new URL(moved, siteUrl()), 308);
  if (isSafeMethod(request.method)) return NextResponse.next();
  if (isCrossSiteWrite(request)) return refuse(403, CROSS_SITE_MESSAGE);
  const isAction = request.headers.has("next-action");
  if (isAction || isFormPost(request)) {
    // Next.js answers an action whose Host is not the Origin's with a 500; it is a forged request
    // (or a reverse proxy that does not pass Host on: then every form fails, and says why).
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (host !== siteHost()) return refuse(400, "This request is not addressed to this site.");
    const declared = request.headers.get("content-length");
    // A form without a length (chunked) could be any size: browsers always send one.
    if (declared === null && !isAction) return refuse(411, "The form must say how large it is.");
    const length = Number(declared ?? "0");
    if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return refuse(413, "The form is too large.");
    if (isAction && request.method === "POST" && !(await readableActionBody(request))) return refuse(400, "This form could not be read. Reload the page and try again.");
  }
  return NextResponse.next();
}

/**
 * Route handlers that refuse cross-site writes themselves, so a request with only an Origin header
 * does not run the proxy. Only exact paths: anything else with an Origin still comes here. A
 * Next-Action header or a "%" in the path still brings these here too.
 */
export const SELF_CHECKED_ROUTES = ["/api/progress", "/api/progress/merge"] as const;

export const config = {
  matcher: [
    // Next.js needs the matcher as a literal: keep this list the same as SELF_CHECKED_ROUTES (tests/unit/security-input.test.ts).
    { source: "/((?!api/progress$|api/progress/merge$).*)", has: [{ type: "header", key: "origin" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    // Plain form posts come without an Origin from scripts and old browsers; the proxy sorts them by type.
    { source: "/((?!api/progress$|api/progress/merge$).*)", has: [{ type: "header", key: "content-type" }] },
    { source: "/:path(.*%.*)" },
    // Old /guides?… links (lib/http/legacy-urls.ts LEGACY_LIST_PARAMS, checked in tests/unit/legacy-urls.test.ts).
    { source: "/guides", has: [{ type: "query", key: "q" }] },
    { source: "/guides", has: [{ type: "query", key: "category" }] },
    { source: "/guides", has: [{ type: "query", key: "can" }] },
    { source: "/guides", has: [{ type: "query", key: "effect" }] },
    { source: "/guides", has: [{ type: "query", key: "page" }] },
  ],
};
