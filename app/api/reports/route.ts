import { NextResponse } from "next/server";
import { db, sqlPool } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { stepManifest } from "@/lib/content/guides";
import { submitReport } from "@/lib/editor/reports";
import { jsonHandler, readJson } from "@/lib/http/handler";
import { UserFacingError } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { clientAddress } from "@/lib/http/client-address";
import { consume } from "@/lib/http/rate-limit";

/**
 * POST /api/reports: JSON from the page's form, or a plain form post when JavaScript is off
 * (then it redirects to /report, which says thank you or what went wrong, and links back to the step).
 */
export async function POST(request: Request) {
  const env = serverEnv();
  const spendLimit = () => consume(sqlPool(), env.AUTH_SECRET, "reportsPerClient", clientAddress(request.headers, env.TRUSTED_PROXY_HOPS));
  const isForm = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded");
  if (!isForm) return jsonHandler(async () => ({ report: await submitReport(db(), await readJson(request, 16 * 1024), stepManifest(), spendLimit) }));

  const form = await request.formData().catch(() => null);
  const input = { guide: String(form?.get("guide") ?? ""), stepId: String(form?.get("stepId") ?? ""), message: String(form?.get("message") ?? "") };
  const result = new URL("/report", env.SITE_URL);
  result.searchParams.set("guide", input.guide.slice(0, 80));
  result.searchParams.set("step", input.stepId.slice(0, 80));
  try {
    await submitReport(db(), input, stepManifest(), spendLimit);
    result.searchParams.set("result", "thanks");
  } catch (error) {
    if (isDatabaseUnavailable(error)) result.searchParams.set("result", "unavailable");
    else if (error instanceof UserFacingError) result.searchParams.set("result", error.status === 429 ? "too-many" : "invalid");
    else throw error;
  }
  return NextResponse.redirect(result, 303);
}
