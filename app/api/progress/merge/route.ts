import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { readJson, requireUserId, sameOriginJsonHandler } from "@/lib/http/handler";
import { mergeTicks } from "@/lib/progress/server";

/** POST /api/progress/merge {ticks: [{guide, stepId, tickedAt}]}: adds ticks made while signed out. */
export async function POST(request: Request) {
  return sameOriginJsonHandler(request, async () => {
    const userId = await requireUserId();
    return mergeTicks(db(), userId, await readJson(request), stepManifest());
  });
}
