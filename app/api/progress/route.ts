import { sqlPool } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { readJson, requireUserId, sameOriginJsonHandler } from "@/lib/http/handler";
import { setStep } from "@/lib/progress/server";

/**
 * POST /api/progress {guide, stepId, done}: tick or untick one step. Two statements on raw pg: the
 * session (lib/auth/session.ts), then one insert or delete (lib/progress/server.ts). Reading ticks is GET /api/me.
 */
export async function POST(request: Request) {
  return sameOriginJsonHandler(request, async () => {
    const userId = await requireUserId();
    return { tick: await setStep(sqlPool(), userId, await readJson(request), stepManifest()) };
  });
}
