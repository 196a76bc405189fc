/**
 * Runs only for requests that carry an Origin or a Next-Action header (writes from browsers, server
 * actions), so static pages cost nothing here.
 * - A state-changing request whose Origin is not our own (SITE_URL) is refused: cookies alone must
 *   never authorize a write from another site, whatever CORS would have done.
 * - Server action bodies over the framework's 1 MB limit get a 413 instead of an error deep inside.
 * - A path with broken percent-encoding (/guides/%ZZ) gets a 400 here; the router would throw a
 *   URIError and answer 500. Only paths that contain "%" come here for this.
 */
import { NextResponse, type NextRequest } from "next/server";
import { siteUrl } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
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

export function proxy(request: NextRequest) {
  if (hasBrokenEncoding(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address has broken percent-encoding.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (SAFE_METHODS.has(request.method)) return NextResponse.next();
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(siteUrl()).origin) {
    return refuse(403, "Requests from other sites are not accepted.");
  }
  if (request.headers.has("next-action")) {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return refuse(413, "The form is too large.");
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "origin" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path(.*%.*)" },
  ],
};
