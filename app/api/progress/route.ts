import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { stepManifest } from "@/lib/content/guides";
import { errorResponse, jsonHandler, readJson, requireUserId } from "@/lib/api";
import { currentUserId, SignedOutError } from "@/lib/current-user";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { listTicks, setStep } from "@/lib/progress";
import { publicGuideStats, type PublicGuideStats } from "@/lib/step-stats";
import { slug } from "@/lib/validation";

const NO_STORE = { "Cache-Control": "no-store" };

/** Counts are decoration: a database outage leaves them out (null) instead of failing the request. */
function statsOrNull(guide: string): Promise<PublicGuideStats | null> {
  return publicGuideStats(db(), guide).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
}

/**
 * GET /api/progress?guide=<slug>: the signed-in user's ticks, plus the guide's public step stats
 * ("Done by N people in the last 30 days": aggregates of the rollup, only where at least 10 people are
 * in the count; lib/step-stats.ts). Signed out it stays a 401, so the page keeps ticks on the device,
 * and the 401 carries the same `stats`: every reader gets them in the one request the page already
 * makes, and the guide page itself stays static.
 */
export async function GET(request: Request) {
  try {
    const guide = new URL(request.url).searchParams.get("guide") ?? undefined;
    // As before: signed out is a 401 whatever the query; a malformed guide is a 422 for a signed-in user (listTicks).
    const statsGuide = guide !== undefined && slug.safeParse(guide).success ? guide : undefined;
    const [userId, stats] = await Promise.all([currentUserId(), statsGuide ? statsOrNull(statsGuide) : undefined]);
    // `stats` only answers a question about one guide: without ?guide= the key is left out.
    const withStats = statsGuide ? { stats } : {};
    if (!userId) return NextResponse.json({ error: new SignedOutError().message, ...withStats }, { status: 401, headers: NO_STORE });
    return NextResponse.json({ ticks: await listTicks(db(), userId, stepManifest(), guide), ...withStats }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/progress {guide, stepId, done}: tick or untick one step. */
export async function POST(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { tick: await setStep(db(), userId, await readJson(request), stepManifest()) };
  });
}
