"use client";
/**
 * The reader's plan as a static page sees it after hydration: the account's (it comes with the
 * page's one GET /api/me) or the one on this device, ordered like /plan (summarizePlan). The plan
 * index is downloaded only when the page's guide is in the plan, and once per page load.
 */
import { useEffect, useState } from "react";
import { pageSession } from "@/lib/auth/page-session";
import { readerPlan, summarizePlan, type Plan, type PlanGuide, type PlanSummary } from "@/lib/plan/rules";
import { readPlanIndex } from "@/lib/plan/index-file";
import { ANY_GUIDE, readLocalPlan } from "./local";
import { deviceRegion } from "./region-sync";

async function currentReaderPlan(): Promise<Plan | null> {
  const session = await pageSession();
  const signedIn = session.status === "signed-in";
  return readerPlan({ signedIn, account: signedIn ? session.plan : null, local: readLocalPlan(ANY_GUIDE), device: deviceRegion() });
}

const indexes = new Map<string, Promise<PlanGuide[] | null>>();
/** The plan index at its versioned URL; null when it cannot be had (the page then simply says nothing about the plan). */
function planIndex(url: string): Promise<PlanGuide[] | null> {
  let request = indexes.get(url);
  if (!request) {
    request = fetch(url)
      .then(async (res) => (res.ok ? readPlanIndex(await res.json()) : null))
      .catch(() => null);
    indexes.set(url, request);
  }
  return request;
}

export type ReaderPlanView = { ready: boolean; plan: Plan | null; summary: PlanSummary | null };

/** `summary` is set when `guide` is in the reader's plan (and the index could be read). */
export function usePlanSummary(guide: string, indexUrl: string): ReaderPlanView {
  const [view, setView] = useState<ReaderPlanView>({ ready: false, plan: null, summary: null });
  useEffect(() => {
    let live = true;
    void (async () => {
      const plan = await currentReaderPlan();
      const outlines = plan?.guides.includes(guide) ? await planIndex(indexUrl) : null;
      if (live) setView({ ready: true, plan, summary: plan && outlines ? summarizePlan(plan, outlines) : null });
    })();
    return () => {
      live = false;
    };
  }, [guide, indexUrl]);
  return view;
}
