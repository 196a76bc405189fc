import { db } from "@/lib/db/client";
import { stepManifest } from "@/lib/content/guides";
import { jsonHandler, readJson, requireUserId } from "@/lib/http/handler";
import { savePlan, savePlanRegion } from "@/lib/plan/server";

/** PUT /api/plan {guides, region}: replaces the reader's plan; 422 for unknown guides, more than 200, a bad region. */
export async function PUT(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { plan: await savePlan(db(), userId, await readJson(request, 16 * 1024), stepManifest()) };
  });
}

/** PATCH /api/plan {region}: only the region (chosen on a guide page); 422 for a bad region or any other key. */
export async function PATCH(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { plan: await savePlanRegion(db(), userId, await readJson(request, 1024)) };
  });
}
