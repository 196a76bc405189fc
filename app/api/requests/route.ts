import { db } from "@/lib/db/client";
import { jsonHandler, readJson, requireUserId } from "@/lib/http/handler";
import { requestSteps } from "@/lib/requests/request-steps";
import { listRequests, markSent, stopTracking, updateRequest } from "@/lib/requests/tracking";

/** GET /api/requests: the signed-in reader's tracked requests with their due dates; 401 signed out. */
export async function GET() {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { requests: await listRequests(db(), userId) };
  });
}

/** POST /api/requests {guide, stepId, sentOn, channel, reference?, region?, usState?}: "I sent it"; 422 for a step that is not a request, a future date, a bad reference. */
export async function POST(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { request: await markSent(db(), userId, await readJson(request, 4 * 1024), requestSteps()) };
  });
}

/** PATCH /api/requests {action: extended|answered|closed|reopened, guide, stepId, …}: 404 for a request the reader does not track. */
export async function PATCH(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return { request: await updateRequest(db(), userId, await readJson(request, 4 * 1024)) };
  });
}

/** DELETE /api/requests {guide, stepId}: stop tracking (idempotent). */
export async function DELETE(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    await stopTracking(db(), userId, await readJson(request, 4 * 1024));
    return { stopped: true };
  });
}
