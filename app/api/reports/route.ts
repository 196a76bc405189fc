import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { REPORT_PATH, localePath } from "@/lib/paths";
import { NextResponse } from "next/server";
import { db, sqlPool } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { stepManifest } from "@/lib/content/guides";
import { REPORT_REFUSALS, ReportRefusedError, submitReport } from "@/lib/editor/reports";
import { jsonHandler, readJson } from "@/lib/http/handler";
import { UserFacingError } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { clientAddress } from "@/lib/http/client-address";
import { spendReportLimits } from "@/lib/editor/report-limits";

/**
 * POST /api/reports: JSON from the page's form, or a plain form post when JavaScript is off
 * (then it redirects to /report, which says thank you or what went wrong, and links back to the step).
 */
export async function POST(request: Request) {
  const env = serverEnv();
  const spendLimit = (step: { guide: string; stepId: string }) => spendReportLimits(sqlPool(), env.AUTH_SECRET, clientAddress(request.headers, env.TRUSTED_PROXY_HOPS), step);
  const isForm = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded");
  if (!isForm) return jsonHandler(async () => ({ report: await submitReport(db(), await readJson(request, 16 * 1024), stepManifest(), spendLimit) }));

  const form = await request.formData().catch(() => null);
  const input = { guide: String(form?.get("guide") ?? ""), stepId: String(form?.get("stepId") ?? ""), message: String(form?.get("message") ?? "") };
  const locale = form?.get("locale");
  // On SITE_URL, in the language of the page the form was on (a known language or English: never a path from the form).
  const result = new URL(localePath(isLocale(locale) ? locale : DEFAULT_LOCALE, REPORT_PATH), env.SITE_URL);
  result.searchParams.set("guide", input.guide.slice(0, 80));
  result.searchParams.set("step", input.stepId.slice(0, 80));
  try {
    await submitReport(db(), input, stepManifest(), spendLimit);
    result.searchParams.set("result", "thanks");
  } catch (error) {
    if (isDatabaseUnavailable(error)) result.searchParams.set("result", "unavailable");
    else if (error instanceof ReportRefusedError) result.searchParams.set("result", REPORT_REFUSALS[error.limit].result);
    else if (error instanceof UserFacingError) result.searchParams.set("result", "invalid");
    else throw error;
  }
  return NextResponse.redirect(result, 303);
}
