"use client";
import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { syncRegion } from "@/lib/plan/region-sync";

/**
 * On every page but /plan (whose builder does the same with the whole plan): keeps this device's
 * region and the account's the same. /checklist is rendered on the server with the account's region,
 * so it is rendered again when this device's region has just reached the account.
 */
export function RegionSync() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (pathname === "/plan") return;
    void syncRegion().then((changed) => {
      if (changed && pathname === "/checklist") router.refresh();
    });
  }, [pathname, router]);
  return null;
}
