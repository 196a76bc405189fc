import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { stepManifest } from "@/lib/content/guides";
import { clientKey, submitReport } from "@/lib/reports";
import { jsonHandler, readJson } from "@/lib/api";
import { UserFacingError } from "@/lib/errors";

function clientAddress(request: Request): string {
  // Behind our load balancer the first X-Forwarded-For entry is the client.
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

/**
 * POST /api/reports: JSON from the page's form, or a plain form post when JavaScript is off
 * (then it redirects to /report, which says thank you or what went wrong, and links back to the step).
 */
export async function POST(request: Request) {
  const key = clientKey(serverEnv().AUTH_SECRET, clientAddress(request));
  const isForm = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded");
  if (!isForm) return jsonHandler(async () => ({ report: await submitReport(db(), await readJson(request, 16 * 1024), key, stepManifest()) }));

  const form = await request.formData();
  const input = { guide: String(form.get("guide") ?? ""), stepId: String(form.get("stepId") ?? ""), message: String(form.get("message") ?? "") };
  const result = new URL("/report", serverEnv().SITE_URL);
  result.searchParams.set("guide", input.guide);
  result.searchParams.set("step", input.stepId);
  try {
    await submitReport(db(), input, key, stepManifest());
    result.searchParams.set("result", "thanks");
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    result.searchParams.set("result", error.status === 429 ? "too-many" : "invalid");
  }
  return NextResponse.redirect(result, 303);
}
