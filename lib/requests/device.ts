"use client";
/** The browser side of requests tracked while signed out: read them, and merge them into the account once signed in. */
import { readReaderRegion } from "@/lib/plan/region-store";
import { LOCAL_REQUESTS_KEY, parseLocalRequests } from "./local";

export function readLocal() {
  try {
    return parseLocalRequests(localStorage.getItem(LOCAL_REQUESTS_KEY));
  } catch {
    return [];
  }
}

/** Merges what this device tracked while signed out into the account; the device copy goes only after the server confirms. */
export async function mergeDeviceRequests(): Promise<boolean> {
  const local = readLocal();
  if (!local.length) return false;
  const region = readReaderRegion();
  const res = await fetch("/api/requests/merge", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ requests: local, ...(region ? { region } : {}) }),
  }).catch(() => null);
  if (res?.ok) localStorage.removeItem(LOCAL_REQUESTS_KEY);
  return !!res?.ok;
}

