import { db } from "@/lib/db/client";
import { jsonHandler, readJson, requireUserId } from "@/lib/http/handler";
import { requestSteps } from "@/lib/requests/request-steps";
import { mergeRequests } from "@/lib/requests/tracking";

/** POST /api/requests/merge {requests: […], region?, usState?}: requests tracked on this device before signing in join the account. */
export async function POST(request: Request) {
  return jsonHandler(async () => {
    const userId = await requireUserId();
    return mergeRequests(db(), userId, await readJson(request, 64 * 1024), requestSteps());
  });
}
