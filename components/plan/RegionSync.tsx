"use client";
import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { syncRegion } from "@/lib/plan/region-sync";
import { mergeDevicePlan } from "@/lib/plan/plan-sync";
import { CHECKLIST_PATH, PLAN_PATH, splitLocale } from "@/lib/paths";

/**
 * On every page but /plan (in any language) (whose builder does the same with the whole plan): merges a plan made on
 * this device signed out into the account, and keeps this device's region and the account's the
 * same. /checklist is rendered on the server with the account's plan and region, so it is rendered
 * again when either has just changed on the account.
 */
export function RegionSync() {
  const pathname = splitLocale(usePathname()).path;
  const router = useRouter();
  useEffect(() => {
    if (pathname === PLAN_PATH) return;
    void (async () => {
      const planChanged = await mergeDevicePlan();
      const regionChanged = await syncRegion();
      if ((planChanged || regionChanged) && pathname === CHECKLIST_PATH) router.refresh();
    })();
  }, [pathname, router]);
  return null;
}
