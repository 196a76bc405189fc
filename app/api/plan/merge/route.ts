import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { jsonHandler, readJson, requireUserId } from "@/lib/http/handler";
import { mergePlan } from "@/lib/plan/server";

/**
 * POST /api/plan/merge {guides, region}: after sign-in, the plan made signed out joins the account's
 * (union of guides; the account's region wins unless it has none). Returns the merged plan.
 */
export async function POST(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { plan: await mergePlan(db(), userId, await readJson(request, 16 * 1024), stepManifest()) };
  });
}
