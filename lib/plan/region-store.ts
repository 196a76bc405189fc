"use client";
import { useSyncExternalStore } from "react";
import { READER_REGION_KEY, parseReaderRegion, type ReaderRegion } from "@/lib/plan/reader-region";

const EVENT = "untrain:region-change";

function subscribe(callback: () => void) {
  window.addEventListener(EVENT, callback);
  window.addEventListener("storage", callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    window.removeEventListener("storage", callback);
  };
}

/** The region chosen on this device, or null (none chosen, or storage blocked). */
export function readReaderRegion(): ReaderRegion | null {
  try {
    return parseReaderRegion(localStorage.getItem(READER_REGION_KEY));
  } catch {
    return null;
  }
}

export function useReaderRegion(): ReaderRegion | null {
  return useSyncExternalStore(subscribe, readReaderRegion, () => null);
}

export function setReaderRegion(region: ReaderRegion | null) {
  if (region) localStorage.setItem(READER_REGION_KEY, region);
  else localStorage.removeItem(READER_REGION_KEY);
  window.dispatchEvent(new Event(EVENT));
}
