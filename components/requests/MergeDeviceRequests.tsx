"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { mergeDeviceRequests } from "@/lib/requests/device";

/** On the checklist of a signed-in reader: requests tracked on this device before signing in join the account, and the page shows them. */
export function MergeDeviceRequests() {
  const router = useRouter();
  useEffect(() => {
    void mergeDeviceRequests().then((merged) => {
      if (merged) router.refresh();
    });
  }, [router]);
  return null;
}
