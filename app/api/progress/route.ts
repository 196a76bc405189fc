import { db } from "@/lib/db";
import { stepManifest } from "@/lib/content/guides";
import { jsonHandler, readJson, requireUserId } from "@/lib/api";
import { listTicks, setStep } from "@/lib/progress";

/** GET /api/progress?guide=<slug>: the signed-in user's ticks (401 when signed out). */
export async function GET(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    const guide = new URL(request.url).searchParams.get("guide") ?? undefined;
    return { ticks: await listTicks(db(), userId, stepManifest(), guide) };
  });
}

/** POST /api/progress {guide, stepId, done}: tick or untick one step. */
export async function POST(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { tick: await setStep(db(), userId, await readJson(request), stepManifest()) };
  });
}
