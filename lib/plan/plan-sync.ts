"use client";
/**
 * Signed in, on any page load: a plan made on this device while signed out joins the account's (as
 * ticks do), wherever the reader landed after signing in, not only on /plan. The device copy is
 * cleared once the account has it, so a guide later removed on /plan does not come back.
 */
import { pageSession, updateSessionPlan } from "@/lib/auth/page-session";
import { ANY_GUIDE, readLocalPlan, writeLocalPlan } from "@/lib/plan/local";
import { deviceRegion } from "@/lib/plan/region-sync";
import { sendPlan } from "@/lib/plan/client";
import { planQuery } from "@/lib/plan/rules";

/** This device's plan, with the region chosen on a guide page when the plan has none; null when it holds no guide. */
export function devicePlan() {
  const local = readLocalPlan(ANY_GUIDE);
  return local?.guides.length ? { guides: local.guides, region: local.region ?? deviceRegion() } : null;
}

/** Resolves to true when the account's plan changed. */
export async function mergeDevicePlan(): Promise<boolean> {
  const local = devicePlan();
  if (!local) return false;
  const session = await pageSession();
  if (session.status !== "signed-in") return false;
  const merged = await sendPlan("POST", "/api/plan/merge", local);
  if (!merged) return false; // tried again on the next page load
  writeLocalPlan(null);
  updateSessionPlan(merged);
  return planQuery(merged) !== planQuery(session.plan ?? { guides: [], region: null });
}
