/**
 * The one request a page makes about its reader (GET /api/me): the account corner, the progress
 * island and the plan's islands (its position on step pages, the region) share it, so a signed-in
 * page load costs one round trip, not one per island.
 */
import type { Plan } from "@/lib/plan/rules";
import { splitLocale } from "@/lib/paths";

export type PageSession =
  | { status: "signed-in"; user: { email: string | null; name: string | null }; plan: Plan | null; ticks: { stepId: string }[]; stats: unknown }
  | { status: "signed-out"; stats: unknown }
  | { status: "unavailable" };

const requests = new Map<string, Promise<PageSession>>();

/** The guide a page is about (/guides/<slug>, its step pages, in any language), so both islands ask the same question. */
export function guideOfPage(): string | undefined {
  return /^\/guides\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/.exec(splitLocale(window.location.pathname).path)?.[1];
}

async function fetchPageSession(guide: string | undefined): Promise<PageSession> {
  try {
    const res = await fetch(guide ? `/api/me?guide=${encodeURIComponent(guide)}` : "/api/me", { cache: "no-store" });
    if (!res.ok) return { status: "unavailable" };
    const body = (await res.json()) as { user: { email: string | null; name: string | null } | null; plan?: Plan | null; ticks?: { stepId: string }[]; stats?: unknown };
    return body.user
      ? { status: "signed-in", user: body.user, plan: body.plan ?? null, ticks: body.ticks ?? [], stats: body.stats ?? null }
      : { status: "signed-out", stats: body.stats ?? null };
  } catch {
    return { status: "unavailable" };
  }
}

/** Shared per page load; `fresh` asks again (after a merge, or to retry after an outage). */
export function pageSession(guide: string | undefined = guideOfPage(), fresh = false): Promise<PageSession> {
  const key = guide ?? "";
  let request = requests.get(key);
  if (!request || fresh) {
    request = fetchPageSession(guide);
    requests.set(key, request);
  }
  return request;
}

/**
 * Before an action that ends the session (sign out, delete the account): the answers kept for this page
 * load say "signed in", and the page the action lands on is reached without a reload, so it must ask again.
 */
export function forgetPageSessions() {
  requests.clear();
}

/**
 * After a write that changed the reader's plan (its region chosen on a guide page, a guide added),
 * the answers kept for this page load take the plan the server returned, so the next island or page
 * reached without a reload does not act on the old one.
 */
export function updateSessionPlan(plan: Plan) {
  for (const [key, request] of requests) {
    requests.set(
      key,
      request.then((s) => (s.status === "signed-in" ? { ...s, plan } : s)),
    );
  }
}
