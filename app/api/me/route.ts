import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { jsonHandler } from "@/lib/http/handler";
import { currentUser } from "@/lib/auth/current-user";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { listTicks } from "@/lib/progress/server";
import { publicGuideStats, type PublicGuideStats } from "@/lib/jobs/step-stats";
import { parseInput, slug } from "@/lib/http/validation";

/** Counts are decoration: a database outage leaves them out (null) instead of failing the request. */
function statsOrNull(guide: string): Promise<PublicGuideStats | null> {
  return publicGuideStats(db(), guide).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
}

/**
 * GET /api/me[?guide=<slug>]: everything a static page needs about its reader, in one request: the
 * account corner (email and name, never a token), the reader's plan (its guides and region, so a
 * step page can say "your plan: guide 2 of 6" and every page can use the region chosen on another
 * device; it comes with the session lookup, no statement of its own), the reader's ticks on that
 * guide, and the guide's public step stats ("Done by N people", only where at least 10 people are in the count). Signed out
 * is a 200 with `user: null` (not a 401: the page expects it, so nothing logs an error); a database
 * outage is a 503, never "signed out".
 */
export async function GET(request: Request) {
  return jsonHandler(async () => {
    const raw = new URL(request.url).searchParams.get("guide");
    const guide = raw === null ? undefined : parseInput(slug, raw);
    const [user, stats] = await Promise.all([currentUser(), guide ? statsOrNull(guide) : null]);
    const ticks = user && guide ? await listTicks(db(), user.id, stepManifest(), guide) : [];
    return { user: user ? { email: user.email, name: user.name } : null, plan: user?.plan ?? null, ticks, stats };
  });
}
