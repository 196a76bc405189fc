"use client";
/**
 * The region is chosen once and used everywhere (issue 11): on this device (the region store the
 * guide pages read), in the plan on this device, and signed in on the account's plan, which is what
 * /checklist counts with on any device. Which way it goes on a page load is lib/plan/rules.ts regionSync.
 */
import { pageSession, updateSessionPlan } from "@/lib/auth/page-session";
import { readReaderRegion, setReaderRegion } from "@/lib/plan/region-store";
import { regionSync, type PlanRegion } from "@/lib/plan/rules";
import { REGION_UNSAVED_KEY, type ReaderRegion } from "@/lib/plan/reader-region";
import { ANY_GUIDE, readLocalPlan, writeLocalPlan } from "./local";
import { sendPlan } from "./client";

export function deviceRegion(): PlanRegion | null {
  return readReaderRegion();
}

/** Marks (or clears) a region choice that has not reached the account yet. */
export function markRegionUnsaved(unsaved: boolean) {
  try {
    if (unsaved) localStorage.setItem(REGION_UNSAVED_KEY, "1");
    else localStorage.removeItem(REGION_UNSAVED_KEY);
  } catch {
    // Storage blocked: the account keeps the last region that reached it.
  }
}

export function regionUnsaved(): boolean {
  try {
    return localStorage.getItem(REGION_UNSAVED_KEY) === "1";
  } catch {
    return false;
  }
}

/** Sends the region to the account's plan; until it is confirmed, the next page load tries again. */
async function saveRegion(region: PlanRegion | null): Promise<boolean> {
  markRegionUnsaved(true);
  const saved = await sendPlan("PATCH", "/api/plan", { region });
  if (!saved) return false;
  markRegionUnsaved(false);
  updateSessionPlan(saved);
  return true;
}

/** A region chosen on a guide page: this device, the plan on it, and signed in the account. */
export async function chooseRegion(region: ReaderRegion | null): Promise<void> {
  setReaderRegion(region);
  const local = readLocalPlan(ANY_GUIDE);
  if (local) writeLocalPlan({ ...local, region: region });
  if ((await pageSession()).status === "signed-in") await saveRegion(region);
}

/**
 * On a page load, signed in: the account's region comes to this device, or this device's goes to the
 * account (it has none, or the last save did not get through). Resolves to true when the account changed.
 */
export async function syncRegion(): Promise<boolean> {
  const session = await pageSession();
  if (session.status !== "signed-in") return false;
  const sync = regionSync({ account: session.plan?.region ?? null, device: deviceRegion(), unsaved: regionUnsaved() });
  if (sync.kind === "pull") setReaderRegion(sync.region);
  if (sync.kind !== "push") {
    markRegionUnsaved(false);
    return false;
  }
  return saveRegion(sync.region);
}
