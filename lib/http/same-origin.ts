/**
 * The cross-site write rule, in one place for proxy.ts and for the route handlers the proxy skips:
 * a state-changing request whose Origin is not our own (SITE_URL) is refused, because cookies alone
 * must never authorize a write from another site, whatever CORS would have done. A request without
 * an Origin header (a script, curl, an old browser's form) is judged by the handler's other rules
 * (JSON only, a session, a signed token).
 */
import { siteOrigin } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CROSS_SITE_MESSAGE = "Requests from other sites are not accepted.";

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

/** True for a write (any method but GET, HEAD, OPTIONS) that a browser sent from another origin. */
export function isCrossSiteWrite(request: Pick<Request, "method" | "headers">): boolean {
  if (isSafeMethod(request.method)) return false;
  const origin = request.headers.get("origin");
  return origin !== null && origin !== siteOrigin();
}
